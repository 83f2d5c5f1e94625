package jbound.profile;

import java.util.List;

/**
 * What the samplers saw: a stack trie per kind of sample, and the methods ranked from them.
 *
 * @param executionSamples  CPU samples ({@code jdk.ExecutionSample}, async-profiler's, Datadog's)
 * @param cpuTimeSamples    {@code jdk.CPUTimeSample} stacks (JDK 25, when enabled): real CPU time
 * @param nativeSamples     {@code jdk.NativeMethodSample} stacks: threads in native code, mostly blocked
 * @param wallSamples       wall-clock samples of application threads (async-profiler, Datadog), weighted
 * @param hotApplicationMethods CPU samples by the first application frame of their stack (JDK code below it included)
 * @param wallHotMethods    methods by wall-clock samples: where threads were, running or waiting
 * @param executionPeriodNanos the CPU sampler's period: what one CPU sample stands for
 * @param nativeSites       application threads' native samples in JNI libraries and other non-I/O native code, by application method
 */
public record Samples(StackTrie executionSamples, StackTrie cpuTimeSamples, StackTrie nativeSamples, StackTrie wallSamples,
                      List<HotMethod> hotMethods, List<HotMethod> hotApplicationMethods, List<HotMethod> cpuTimeHotMethods,
                      List<HotMethod> nativeMethods, List<HotMethod> wallHotMethods, long executionPeriodNanos, List<NativeSite> nativeSites) {
}
