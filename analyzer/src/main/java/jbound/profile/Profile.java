package jbound.profile;

import java.util.List;

import jbound.recording.MethodTable;

/**
 * Everything the recording says about where time went, attributed to methods, threads, sockets
 * and files. Built once by {@link ProfileBuilder}; read-only afterwards.
 *
 * @param samples           what the samplers saw, and the hot methods
 * @param offCpu            I/O and waits by site and stack
 * @param threads           each thread's time ledger, reconciled with the process's measured CPU
 * @param lanes             the threads on the time axis: pools grouped, virtual threads as one lane, busiest first
 * @param process           the JVM's and the machine's CPU, the samples' coverage of it, GC pauses
 * @param timeline          the application threads' ledger over the recording's time
 * @param truncatedStacks   events whose stack the JVM cut at its depth limit
 * @param applicationMethods numbers of the methods that are application code
 * @param environment       environment, properties and command line, secrets masked; null unless asked for
 * @param timedCalls        the calls of each method JDK 25's method timing counted, by name; empty where none was timed
 */
public record Profile(RecordingFacts recording, RecordingSettings settings, MethodTable methods, Samples samples, OffCpu offCpu,
                      List<ThreadLedger> threads, List<Lane> lanes, ProcessView process, Timeline timeline, long truncatedStacks,
                      java.util.BitSet applicationMethods, RecordedEnvironment environment, java.util.Map<String, Long> timedCalls) {

    public Profile {
        applicationMethods = (java.util.BitSet) applicationMethods.clone();
        timedCalls = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(timedCalls));
    }

    /** Whether the method of this number is application code (not the JDK's, within --include, outside --exclude). */
    public boolean isApplication(int method) {
        return applicationMethods.get(method);
    }

    /** Application threads: those that are not the JVM's own or remote management. */
    public List<ThreadLedger> applicationThreads() {
        return threads.stream().filter(t -> !t.infrastructure()).toList();
    }
}
