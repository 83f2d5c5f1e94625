package jbound.profile;

/**
 * What the recording says about one thread, summed while reading: the raw evidence a
 * {@link ThreadLedger} is made from. Mergeable: sums, minima and maxima only
 * (and the value at a minimum).
 */
final class ThreadEvidence {

    /** Samples of the thread on CPU, by the kind of sampler (see {@link CpuSource}). */
    long executionSamples;
    long cpuTimeSamples;
    long profilerCpuSamples;
    long nativeSamples;
    long nativeIoSamples;
    /** Native samples of the thread waiting for work: accepting, selecting, reading standard input. */
    long nativeIdleSamples;
    /** Native samples of the thread in a library's native method (JNI): computing or blocked. */
    long nativeLibrarySamples;
    /** Wall-clock samples (weights) by what the thread was doing. */
    final long[] wallSamples = new long[WallActivity.values().length];
    long firstWallNanos = Long.MAX_VALUE;
    long lastWallNanos = Long.MIN_VALUE;
    /** Socket and file I/O the application waited on. */
    long ioEventNanos;
    /** Reads that wait for work: a server's next request, standard input. */
    long idleIoEventNanos;
    long lockNanos;
    long lockEvents;
    long waitNanos;
    long sleepNanos;
    /** Parks and monitor waits under a client's blocking call ({@link RemoteClients}): remote calls. */
    long remoteCallNanos;
    /** Parks on a future reached from application code: remote calls where event loops ran, else others' work. */
    long futureWaitNanos;
    /**
     * {@code jdk.ThreadCPULoad} readings: shares of the machine, each the thread's CPU since its
     * last reading over one period's wall time. A thread that used under 1 ms in a period gets no
     * reading, so a missing reading is idle time, not a gap to fill with the average.
     */
    long cpuLoadReadings;
    double cpuLoadSum;
    /** The earliest reading's share: it covers the thread's time since it started, not one period. */
    double firstReadingShare;
    long firstReadingNanos = Long.MAX_VALUE;
    long lastReadingNanos = Long.MIN_VALUE;
    /**
     * The latest reading's share and the reading before it: the JDK takes a last reading when the
     * recording stops, over the time since the period's last one — often a fraction of a period.
     */
    double lastReadingShare;
    long previousReadingNanos = Long.MIN_VALUE;
    /** First and last moment seen by any event other than a CPU-load reading (which comes every period, busy or not). */
    long firstNanos = Long.MAX_VALUE;
    long lastNanos = Long.MIN_VALUE;

    void seen(long from, long to) {
        firstNanos = Math.min(firstNanos, from);
        lastNanos = Math.max(lastNanos, to);
    }

    void wall(WallActivity activity, long weight, long timeNanos) {
        wallSamples[activity.ordinal()] += weight;
        firstWallNanos = Math.min(firstWallNanos, timeNanos);
        lastWallNanos = Math.max(lastWallNanos, timeNanos);
        seen(timeNanos, timeNanos);
    }

    void cpuLoad(long timeNanos, double share) {
        cpuLoadReadings++;
        cpuLoadSum += share;
        if (timeNanos < firstReadingNanos) {
            firstReadingNanos = timeNanos;
            firstReadingShare = share;
        }
        later(timeNanos, share, Long.MIN_VALUE);
    }

    long wallSampleCount() {
        long n = 0;
        for (long w : wallSamples) {
            n += w;
        }
        return n;
    }

    void add(ThreadEvidence o) {
        executionSamples += o.executionSamples;
        cpuTimeSamples += o.cpuTimeSamples;
        profilerCpuSamples += o.profilerCpuSamples;
        nativeSamples += o.nativeSamples;
        nativeIoSamples += o.nativeIoSamples;
        nativeIdleSamples += o.nativeIdleSamples;
        nativeLibrarySamples += o.nativeLibrarySamples;
        for (int i = 0; i < wallSamples.length; i++) {
            wallSamples[i] += o.wallSamples[i];
        }
        firstWallNanos = Math.min(firstWallNanos, o.firstWallNanos);
        lastWallNanos = Math.max(lastWallNanos, o.lastWallNanos);
        ioEventNanos += o.ioEventNanos;
        idleIoEventNanos += o.idleIoEventNanos;
        lockNanos += o.lockNanos;
        lockEvents += o.lockEvents;
        waitNanos += o.waitNanos;
        sleepNanos += o.sleepNanos;
        remoteCallNanos += o.remoteCallNanos;
        futureWaitNanos += o.futureWaitNanos;
        cpuLoadReadings += o.cpuLoadReadings;
        cpuLoadSum += o.cpuLoadSum;
        if (o.firstReadingNanos < firstReadingNanos) {
            firstReadingNanos = o.firstReadingNanos;
            firstReadingShare = o.firstReadingShare;
        }
        if (o.lastReadingNanos != Long.MIN_VALUE) {
            later(o.lastReadingNanos, o.lastReadingShare, o.previousReadingNanos);
        }
        firstNanos = Math.min(firstNanos, o.firstNanos);
        lastNanos = Math.max(lastNanos, o.lastNanos);
    }

    /** A reading at {@code timeNanos} (with one at {@code beforeNanos} before it, if known): keeps the latest two. */
    private void later(long timeNanos, double share, long beforeNanos) {
        if (timeNanos > lastReadingNanos) {
            previousReadingNanos = Math.max(lastReadingNanos, beforeNanos);
            lastReadingNanos = timeNanos;
            lastReadingShare = share;
        } else if (timeNanos < lastReadingNanos) {
            previousReadingNanos = Math.max(previousReadingNanos, timeNanos);
        }
    }
}
