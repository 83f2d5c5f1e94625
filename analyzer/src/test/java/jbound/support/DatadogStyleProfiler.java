package jbound.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * A real JVM that writes events under the Datadog profiler's names, with the fields its
 * open-source metadata declares: two workers compute, and each commits a
 * {@code datadog.ExecutionSample} from where it computes every {@value #INTERVAL_MILLIS} ms of its
 * own CPU time, as that profiler's CPU sampler does; one {@code datadog.DatadogProfilerConfig}
 * says the interval. The Datadog agent itself is not to be had here.
 */
public final class DatadogStyleProfiler {

    static final long INTERVAL_MILLIS = 10;

    @Name("datadog.ExecutionSample")
    static final class ExecutionSample extends Event {
        String state;
        String mode;
        long weight;
        long spanId;
        long localRootSpanId;
    }

    @Name("datadog.DatadogProfilerConfig")
    static final class ProfilerConfig extends Event {
        @Timespan(Timespan.MILLISECONDS)
        long cpuInterval;
        @Timespan(Timespan.MILLISECONDS)
        long wallInterval;
        String version;
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[1]);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ProfilerConfig config = new ProfilerConfig();
        config.cpuInterval = INTERVAL_MILLIS;
        config.wallInterval = 50;
        config.version = "jbound-test";
        config.commit();
        Thread[] workers = new Thread[2];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(() -> work(deadline), "crunch-worker-" + w);
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private static void work(long deadline) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] values = new java.util.Random(7).doubles(1 << 14).toArray();
        long[] nextSample = {threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS)};
        double sink = 0;
        while (System.nanoTime() < deadline) {
            sink += crunchSlice(values, threads, nextSample);
        }
        if (sink == 42) {
            System.out.println(sink);
        }
    }

    /** Computes, and takes the sample here when the thread's CPU time says one is due: the sample's stack is this method's. */
    static double crunchSlice(double[] values, ThreadMXBean threads, long[] nextSample) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        long cpu = threads.getCurrentThreadCpuTime();
        if (cpu >= nextSample[0]) {
            ExecutionSample sample = new ExecutionSample();
            sample.state = "RUNNABLE";
            sample.mode = "JVM";
            sample.weight = 1 + (cpu - nextSample[0]) / TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS);
            sample.commit();
            nextSample[0] = cpu + TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS);
        }
        return sum;
    }
}
