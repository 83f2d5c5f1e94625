package jbound.diagnosis;

/**
 * A stretch of the recording in which the application behaved one way, with its own verdict.
 *
 * @param busyThreads application threads active on average (thread-seconds per second)
 * @param topCause    what took most of the phase's deciding time; null for an idle phase or where nothing is named
 */
public record Phase(long startMillis, long endMillis, VerdictKind kind, Confidence confidence,
                    double cpuShare, double ioShare, double lockShare, double busyThreads, long activeNanos, Cause topCause) {

    /**
     * What kind of time a cause took, and the application method it is charged to; GC: the
     * collector's pauses, charged to the method that allocated most; SAFEPOINT: the JVM's other
     * stops (safepoints not the collector's), charged to no method.
     */
    public enum CauseKind { CPU, IO, LOCK, GC, SAFEPOINT }

    /** An application method and the time of one kind it took in the phase. */
    public record Cause(CauseKind kind, String method, long nanos) {
    }

    public long lengthMillis() {
        return endMillis - startMillis;
    }
}
