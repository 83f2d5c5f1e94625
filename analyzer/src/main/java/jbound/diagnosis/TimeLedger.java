package jbound.diagnosis;

import java.util.List;

import jbound.profile.CpuSource;
import jbound.profile.ThreadLedger;

/**
 * The application threads' ledgers summed (thread-seconds): on CPU, in I/O, blocked on locks,
 * waiting for work, and unseen. Of the unseen time only the part of threads that were
 * working (computing a real share of their time) is {@code unseenWorkingNanos}: a thread that
 * computes and is otherwise seen nowhere is blocked somewhere no event recorded, or waits for a
 * core; a thread that is hardly ever seen is idle.
 *
 * @param measuredCpuNanos CPU of application threads measured as CPU time (not estimated from the JDK's samples)
 * @param workingThreads   application threads on CPU at least {@value #WORKING_CPU_SHARE} of the time they were seen
 * @param unseenWorkingThreads working threads unseen at least {@value #UNSEEN_SHARE} of the time they were seen
 * @param unseenNanos unseen time of all application threads, working or not: where unrecorded events could hide
 * @param observedNanos    the application threads' time seen, summed
 * @param stoppedNanos     time the threads stood stopped in the JVM's stop-the-world pauses (GC): counted towards CPU, the collector's
 * @param remoteCallNanos  of the I/O, waits under clients' blocking calls (another thread received the reply)
 * @param inferredRemoteNanos of those, waits on futures taken for remote calls because event loops received: inferred, not seen
 * @param nativeBlockedNanos of the I/O, time in native code that the threads' measured CPU does not cover
 * @param unseenInNativeNanos unseen time of working threads that were seen in native code (not I/O): no Java lock can hold them there
 */
public record TimeLedger(long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long unseenWorkingNanos,
                         long measuredCpuNanos, int workingThreads, int unseenWorkingThreads,
                         long unseenNanos, long observedNanos, long recordingNanos,
                         long stoppedNanos, long remoteCallNanos, long inferredRemoteNanos, long nativeBlockedNanos, long unseenInNativeNanos) {

    /** A ledger of CPU, I/O, locks and waits only: nothing stopped by the JVM, no remote or native waits. */
    public TimeLedger(long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long unseenWorkingNanos, long measuredCpuNanos,
                      int workingThreads, int unseenWorkingThreads, long unseenNanos, long observedNanos, long recordingNanos) {
        this(cpuNanos, ioNanos, lockNanos, waitNanos, unseenWorkingNanos, measuredCpuNanos, workingThreads, unseenWorkingThreads,
                unseenNanos, observedNanos, recordingNanos, 0, 0, 0, 0, 0);
    }

    /** A thread on CPU this share of its time is working, so its unseen time is not idleness. */
    static final double WORKING_CPU_SHARE = 0.1;
    /** A working thread unseen this share of its time is held up somewhere no event shows. */
    static final double UNSEEN_SHARE = 0.2;

    static TimeLedger of(List<ThreadLedger> threads, long recordingNanos) {
        long cpu = 0;
        long io = 0;
        long lock = 0;
        long wait = 0;
        long unseenOfWorking = 0;
        long measured = 0;
        int working = 0;
        int unseenWorking = 0;
        long unseen = 0;
        long observed = 0;
        long stopped = 0;
        long remote = 0;
        long inferredRemote = 0;
        long nativeBlocked = 0;
        long unseenInNative = 0;
        for (ThreadLedger t : threads) {
            stopped += t.stoppedNanos();
            remote += t.remoteCallNanos();
            inferredRemote += t.inferredRemoteNanos();
            nativeBlocked += t.nativeBlockedNanos();
            unseen += t.unseenNanos();
            observed += t.observedNanos();
            cpu += t.cpuNanos();
            io += t.ioNanos();
            lock += t.lockNanos();
            wait += t.waitNanos();
            if (t.cpuSource() != CpuSource.EXECUTION_SAMPLES && t.cpuSource() != CpuSource.NONE) {
                measured += t.cpuNanos();
            }
            if (t.share(t.cpuNanos()) >= WORKING_CPU_SHARE) {
                working++;
                unseenOfWorking += t.unseenNanos();
                if (t.share(t.unseenNanos()) >= UNSEEN_SHARE) {
                    unseenWorking++;
                }
                if (t.nativeSamples() > t.nativeIoSamples()) {
                    unseenInNative += t.unseenNanos();
                }
            }
        }
        return new TimeLedger(cpu, io, lock, wait, unseenOfWorking, measured, working, unseenWorking, unseen, observed, recordingNanos,
                stopped, remote, inferredRemote, nativeBlocked, unseenInNative);
    }

    /** Share of the threads' time seen that no event or sample accounts for. */
    public double unseenShareOfObserved() {
        return observedNanos == 0 ? 0 : (double) unseenNanos / observedNanos;
    }

    /** Time that could be the bottleneck: computing, in I/O, blocked on locks, stopped by the JVM, or blocked unseen. */
    public long activeNanos() {
        return cpuNanos + ioNanos + lockNanos + stoppedNanos + unseenWorkingNanos;
    }

    /** Share of the active time the threads stood stopped in the JVM's pauses. */
    public double stoppedShare() {
        return share(stoppedNanos);
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

    public double unseenWorkingShare() {
        return share(unseenWorkingNanos);
    }

    /** On average, how many application threads were active (computing, in I/O or blocked) at once. */
    public double busyThreads() {
        return perSecond(activeNanos());
    }

    /** The application threads' CPU in cores: thread-seconds on CPU per second. */
    public double cpuCores() {
        return perSecond(cpuNanos);
    }

    public double waitingForWorkThreads() {
        return perSecond(waitNanos);
    }

    private double perSecond(long nanos) {
        return recordingNanos == 0 ? 0 : (double) nanos / recordingNanos;
    }

    private double share(long part) {
        long active = activeNanos();
        return active == 0 ? 0 : (double) part / active;
    }
}
