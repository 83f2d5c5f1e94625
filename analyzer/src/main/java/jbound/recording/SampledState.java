package jbound.recording;

/**
 * Whether a sampled thread was running, told from the sample's {@code state} field. The JDK's
 * sampler only takes threads in Java code ({@code STATE_RUNNABLE}); async-profiler and the Datadog
 * profiler also sample threads that sleep in the kernel, and say so in the same field.
 */
public enum SampledState {
    RUNNING,
    /** Sleeping, waiting, parked, blocked: off CPU, whatever the sample's event is called. */
    NOT_RUNNING,
    /** No state, or one that does not say (async-profiler's {@code STATE_DEFAULT}). */
    UNKNOWN;

    public static SampledState of(String state) {
        if (state == null) {
            return UNKNOWN;
        }
        String s = state.toUpperCase(java.util.Locale.ROOT);
        if (s.contains("RUNNABLE") || s.contains("RUNNING")) {
            return RUNNING;
        }
        if (s.contains("SLEEP") || s.contains("WAIT") || s.contains("PARK") || s.contains("BLOCK")) {
            return NOT_RUNNING;
        }
        return UNKNOWN;
    }
}
