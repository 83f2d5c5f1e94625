package jbound.ladder;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jdk.incubator.vector.DoubleVector;

/**
 * What the ladder ran on, measured rather than assumed: the CPU, its cores, the Vector API's
 * preferred width, the memory bandwidth one core reaches (a streaming read in C), and the bare
 * cost of a downcall.
 *
 * @param memoryBandwidthGBs streaming read of {@value #BANDWIDTH_BYTES} bytes, best of {@value #BANDWIDTH_ROUNDS}, GB/s; 0 without the native library
 * @param jvmFlags           the JVM's input arguments
 */
public record Machine(String cpu, int cores, int simdBits, double memoryBandwidthGBs, String jvm, List<String> jvmFlags) {

    /** Far larger than any cache, so the read streams from memory. */
    static final long BANDWIDTH_BYTES = 256L << 20;
    /** A shared machine is noisy: the best of several reads is the closest to what memory can do. */
    static final int BANDWIDTH_ROUNDS = 9;

    /** Bare downcall cost, in nanoseconds per call. */
    public record DowncallNanos(double plain, double critical) {
    }

    public static Machine probe() {
        return new Machine(cpuName(), Runtime.getRuntime().availableProcessors(), DoubleVector.SPECIES_PREFERRED.vectorBitSize(),
                NativeKernels.availability().loaded() ? bandwidth() : 0,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    public static DowncallNanos downcalls() {
        if (!NativeKernels.availability().loaded()) {
            return null;
        }
        int calls = 5_000_000;
        double plain = Double.MAX_VALUE;
        double critical = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                NativeKernels.noop();
            }
            plain = Math.min(plain, (System.nanoTime() - start) / (double) calls);
            start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                NativeKernels.noopCritical();
            }
            critical = Math.min(critical, (System.nanoTime() - start) / (double) calls);
        }
        return new DowncallNanos(plain, critical);
    }

    private static double bandwidth() {
        long n = BANDWIDTH_BYTES / Double.BYTES;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment values = arena.allocate(BANDWIDTH_BYTES, 64);
            values.fill((byte) 1);
            long best = Long.MAX_VALUE;
            for (int round = 0; round < BANDWIDTH_ROUNDS; round++) {
                long start = System.nanoTime();
                NativeKernels.streamRead(values, n);
                best = Math.min(best, System.nanoTime() - start);
            }
            return BANDWIDTH_BYTES / (double) best;
        }
    }

    private static String cpuName() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
