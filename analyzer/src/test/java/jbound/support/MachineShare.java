package jbound.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.opentest4j.TestAbortedException;

/**
 * How the machine was shared while a workload was recorded: the part this test run took (its own
 * JVM and every process it started, the recorded one among them) and the part processes outside
 * it took, each as a fraction of all cores. Measured by the kernel's CPU counters ({@code /proc}),
 * never by jbound: it says whether a workload got the CPU its tests count on, not what jbound made
 * of it. The suite shares the machine by design ({@link Cores}); what it cannot plan for is load
 * from outside, which keeps a workload from its cores and changes what it does.
 *
 * @param suite   the test run's share of the machine over the window
 * @param outside everything else's share
 * @param seconds how long the window was; 0 where the kernel's counters could not be read
 */
public record MachineShare(double suite, double outside, double seconds) {

    /**
     * Outside load from which a workload is taken to have been crowded: on two cores, half a core.
     * Alone, outside processes took under 3% of the machine here; with both cores kept busy by
     * another process, half of it or more, and CpuBound's two workers got one core.
     */
    static final double CROWDED = 0.25;
    /** Kernel clock ticks per second (USER_HZ), the unit of every /proc CPU counter. */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * Runs {@code recorder}, which makes {@code recording}, until its workload got its CPU: where
     * processes outside the test run crowded the machine meanwhile, once more; crowded again, the
     * test that asked is skipped, saying why, for what it checks cannot be read from such a recording.
     */
    public static void recordGettingItsCpu(Runnable recorder, Path recording) {
        MachineShare first = during(recorder);
        if (!first.crowded()) {
            return;
        }
        try {
            Files.deleteIfExists(recording);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MachineShare second = during(recorder);
        if (second.crowded()) {
            throw new TestAbortedException("the machine was crowded by processes outside the tests both times " + recording.getFileName()
                    + " was recorded (" + first + "; then " + second + "): its workload did not get its CPU");
        }
    }

    /** The machine's sharing while {@code work} ran. */
    static MachineShare during(Runnable work) {
        Ticks before = Ticks.now();
        work.run();
        Ticks after = Ticks.now();
        if (before == null || after == null || after.total() <= before.total()) {
            return new MachineShare(0, 0, 0);
        }
        double total = after.total() - before.total();
        double suite = Math.max(0, after.suite() - before.suite());
        double busy = Math.max(0, after.busy() - before.busy());
        int cores = Runtime.getRuntime().availableProcessors();
        return new MachineShare(Math.min(1, suite / total), Math.clamp((busy - suite) / total, 0, 1), total / cores / TICKS_PER_SECOND);
    }

    /** Whether processes outside the test run took enough of the machine that a workload went short of CPU. */
    public boolean crowded() {
        return seconds > 0 && outside >= CROWDED;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "outside %.0f%% of the machine, the tests %.0f%%, over %.1f s", 100 * outside, 100 * suite, seconds);
    }

    /**
     * The kernel's CPU counters at one moment, in clock ticks: the whole machine's busy and total
     * time, and the test run's — this JVM with the children it reaped, and the live descendants
     * with theirs. A child that ends within a window moves from the live sum to the reaped one whole.
     */
    private record Ticks(long busy, long total, long suite) {

        static Ticks now() {
            try {
                List<String> machine = List.of(Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+"));
                // cpu user nice system idle iowait irq softirq steal ...
                long busy = 0;
                for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(machine.get(field));
                }
                long total = busy + Long.parseLong(machine.get(4)) + Long.parseLong(machine.get(5));
                long[] suite = {processTicks(Path.of("/proc/self/stat"))};
                ProcessHandle.current().descendants().forEach(child -> suite[0] += processTicks(Path.of("/proc", child.pid() + "", "stat")));
                return new Ticks(busy, total, suite[0]);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** A process's user and system time with its reaped children's; 0 for one that has ended. */
        private static long processTicks(Path stat) {
            try {
                String line = Files.readString(stat);
                // After the command's name in parentheses: state is field 3; utime, stime, cutime, cstime are 14 to 17.
                String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
