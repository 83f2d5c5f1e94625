package jbound.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import jbound.ladder.LadderKernel;
import jbound.ladder.LadderRunner;
import jbound.ladder.Rung;

/**
 * Every rung of every kernel, in a fresh forked JVM each, through the same code {@code jbound
 * ladder} times: JMH's strict counterpart to the in-process harness. The result is returned,
 * so JMH's blackhole keeps the JIT from dropping the work; each rung's result is checked against
 * the reference before it is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class LadderBenchmark {

    @Param({"sum-of-squares", "blur-3x3"})
    public String kernel;

    @Param({"1000", "100000", "10000000"})
    public int n;

    @Param({"naive", "primitive", "vector", "native", "native-critical", "parallel"})
    public String rung;

    private LadderKernel.Input input;
    private Rung selected;

    @Setup(Level.Trial)
    public void prepare() {
        selected = java.util.Arrays.stream(Rung.values()).filter(r -> r.label().equals(rung)).findFirst().orElseThrow();
        LadderKernel chosen = LadderRunner.KERNELS.stream().filter(k -> k.name().equals(kernel)).findFirst().orElseThrow();
        input = chosen.prepare(n, 42);
        if (!input.matchesReference(input.run(selected))) {
            throw new IllegalStateException(kernel + " " + rung + " at n=" + n + " does not match the reference");
        }
    }

    @Benchmark
    public Object run() {
        return input.run(selected);
    }

    @TearDown(Level.Trial)
    public void release() {
        input.close();
    }
}
