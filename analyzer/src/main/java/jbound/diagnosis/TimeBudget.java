package jbound.diagnosis;

import java.util.List;

import jbound.profile.ThreadProfile;

/**
 * Where the application threads' time went, summed over threads (thread-seconds): on CPU, in
 * I/O, blocked on locks, and waiting for work. The verdict compares the first three, the
 * "active" time that could be a bottleneck; waiting for work is what idle pools do.
 */
public record TimeBudget(long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long recordingNanos) {

    static TimeBudget of(List<ThreadProfile> threads, long recordingNanos) {
        long cpu = 0;
        long io = 0;
        long lock = 0;
        long wait = 0;
        for (ThreadProfile t : threads) {
            cpu += t.cpuNanos();
            io += t.ioNanos();
            lock += t.lockNanos();
            wait += t.waitNanos() + t.sleepNanos();
        }
        return new TimeBudget(cpu, io, lock, wait, recordingNanos);
    }

    public long activeNanos() {
        return cpuNanos + ioNanos + lockNanos;
    }

    public double cpuShare() {
        return share(cpuNanos);
    }

    public double ioShare() {
        return share(ioNanos);
    }

    public double lockShare() {
        return share(lockNanos);
    }

    /** On average, how many application threads were active (computing, in I/O or blocked) at once. */
    public double busyThreads() {
        return recordingNanos == 0 ? 0 : (double) activeNanos() / recordingNanos;
    }

    private double share(long part) {
        long active = activeNanos();
        return active == 0 ? 0 : (double) part / active;
    }
}
