package jbound.diagnosis;

import java.util.List;
import java.util.Optional;

import jbound.profile.IoSite;
import jbound.profile.NativeSite;
import jbound.profile.Profile;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;

/**
 * The one place the verdict's time went most, for the first screen: the application method with
 * the most CPU samples, the I/O site or the contended lock — whichever the verdict is about (for
 * a mixed verdict, the larger of the CPU and I/O ones). None for an idle or unknown verdict.
 *
 * @param on     the lock's class (for a lock), the I/O's event, or for a remote call the client; for CPU, null, or the
 *               native method where the CPU was in a JNI library's code
 * @param nanos  the time it took: CPU samples × period, or the events' durations
 * @param share  its share of all time of its kind: of the CPU samples, the I/O or the lock waits; for GC, of the sampled allocation (NaN: none)
 */
public record TopCause(Phase.CauseKind kind, String method, String on, long nanos, double share) {

    /** What a SAFEPOINT cause names instead of a method: the stops were the JVM's own, and no method fed them. */
    static final String SAFEPOINTS = "the JVM's safepoints, not its collector's pauses (jdk.ExecuteVMOperation names their operations)";

    static Optional<TopCause> of(Profile profile, VerdictKind verdict, TimeLedger ledger) {
        return switch (verdict) {
            case CPU_BOUND -> cpu(profile, ledger);
            case IO_BOUND -> io(profile);
            case LOCK_BOUND -> lock(profile);
            case MIXED -> {
                Optional<TopCause> cpu = cpu(profile, ledger);
                Optional<TopCause> io = io(profile);
                yield cpu.isEmpty() ? io : io.isEmpty() ? cpu : io.get().nanos() > cpu.get().nanos() ? io : cpu;
            }
            case IDLE, UNKNOWN -> Optional.empty();
        };
    }

    /**
     * The application method most CPU samples were under; where that is no application frame at
     * all (a JDK tool, or a library outside --include), the JDK method that executed most, said as such.
     */
    private static Optional<TopCause> cpu(Profile profile, TimeLedger ledger) {
        if (ledger.stoppedNanos() > ledger.cpuNanos()) {
            return Optional.of(profile.process().gcPauses().mostlyTheCollectors() ? collector(profile, ledger)
                    : new TopCause(Phase.CauseKind.SAFEPOINT, SAFEPOINTS, null, ledger.stoppedNanos(), Double.NaN));
        }
        Optional<TopCause> inNativeCode = nativeCode(profile, ledger);
        if (inNativeCode.isPresent()) {
            return inNativeCode;
        }
        long period = profile.samples().executionPeriodNanos();
        return profile.samples().hotApplicationMethods().stream().findFirst().filter(m -> m.selfSamples() > 0).map(m -> {
            if (m.application()) {
                return new TopCause(Phase.CauseKind.CPU, m.method(), null, m.selfSamples() * period, m.selfPercent() / 100);
            }
            return profile.samples().hotMethods().stream().findFirst().filter(h -> h.selfSamples() > 0)
                    .map(h -> new TopCause(Phase.CauseKind.CPU, h.method() + " (JDK code, no application frame on its stacks)", null,
                            h.selfSamples() * period, h.selfPercent() / 100))
                    .orElse(new TopCause(Phase.CauseKind.CPU, Format.NO_APPLICATION_FRAME, null, m.selfSamples() * period,
                            m.selfPercent() / 100));
        });
    }

    /**
     * The collector, where its pauses stopped the threads longer than they computed: charged to
     * the application method that allocated most (jdk.ObjectAllocationSample), which gives it its work.
     */
    private static TopCause collector(Profile profile, TimeLedger ledger) {
        return profile.process().allocations().stream().findFirst()
                .map(a -> new TopCause(Phase.CauseKind.GC, withVia(Format.method(a.method()), a.via()), a.objectClass(), ledger.stoppedNanos(),
                        a.share()))
                .orElse(new TopCause(Phase.CauseKind.GC, "the garbage collector (no allocation samples say who fed it)", null,
                        ledger.stoppedNanos(), Double.NaN));
    }

    /**
     * Where most of the application's measured CPU is in no execution sample (the JDK's sampler
     * takes threads in Java code only) and its threads were sampled in a JNI library's code, the
     * CPU went there: the application method that called the library, with its busiest native method.
     */
    private static Optional<TopCause> nativeCode(Profile profile, TimeLedger ledger) {
        long sampledJava = profile.applicationThreads().stream().mapToLong(jbound.profile.ThreadLedger::sampledCpuNanos).sum();
        long unsampled = ledger.measuredCpuNanos() - sampledJava;
        List<NativeSite> sites = profile.samples().nativeSites();
        if (sites.isEmpty() || unsampled <= sampledJava) {
            return Optional.empty();
        }
        long all = sites.stream().mapToLong(NativeSite::samples).sum();
        NativeSite top = sites.getFirst();
        return Optional.of(new TopCause(Phase.CauseKind.CPU, withVia(Format.method(top.method()), top.via()), top.nativeMethod(),
                (long) ((double) unsampled * top.samples() / all), (double) top.samples() / all));
    }

    private static Optional<TopCause> io(Profile profile) {
        long all = profile.offCpu().ioByMethod().stream().filter(s -> !s.waitingForWork()).mapToLong(IoSite::totalNanos).sum();
        return profile.offCpu().ioByMethod().stream().filter(s -> !s.waitingForWork() && s.totalNanos() > 0).findFirst()
                .map(s -> new TopCause(Phase.CauseKind.IO, withVia(Format.method(s.method()), s.via()), s.isRemoteCall() ? s.target() : s.kind().eventName(),
                        s.totalNanos(), (double) s.totalNanos() / all));
    }

    private static Optional<TopCause> lock(Profile profile) {
        long all = profile.offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK).mapToLong(WaitSite::totalNanos).sum();
        return profile.offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK && w.totalNanos() > 0).findFirst()
                .map(w -> new TopCause(Phase.CauseKind.LOCK, withVia(Format.method(w.method()), w.via()), w.subject(), w.totalNanos(),
                        (double) w.totalNanos() / all));
    }

    /** The application's method, and beneath it the library the time went through. */
    private static String withVia(String method, String via) {
        return via == null ? method : method + " → " + via;
    }

    /** One line: "jbound.X.run (CPU, 61% of the CPU samples)". */
    public String describe() {
        String what = switch (kind) {
            case CPU -> on == null ? "CPU, " + Format.percent(share) + " of the CPU samples"
                    : "CPU in native " + on + ", " + Format.percent(share) + " of the native samples in libraries";
            // An event's name, or for a remote call the client and what its caller waited for.
            case IO -> Format.seconds(nanos) + " of I/O (" + (on.startsWith("jdk.") ? on.replace("jdk.", "") : "remote calls, " + on) + "), "
                    + Format.percent(share) + " of all I/O";
            case LOCK -> Format.seconds(nanos) + " waiting for the lock" + (on == null ? "" : " on " + on) + ", " + Format.percent(share)
                    + " of all lock waits";
            case SAFEPOINT -> Format.seconds(nanos) + " stopped at safepoints";
            case GC -> Format.seconds(nanos) + " stopped by the collector's pauses"
                    + (Double.isNaN(share) ? "" : "; it allocated " + Format.percent(share) + " of the sampled bytes" + (on == null ? "" : ", most " + on));
        };
        return method + " (" + what + ")";
    }
}
