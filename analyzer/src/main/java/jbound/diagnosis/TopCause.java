package jbound.diagnosis;

import java.util.Optional;

import jbound.profile.ApplicationCode;
import jbound.profile.IoSite;
import jbound.profile.Profile;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;

/**
 * The one place the verdict's time went most, for the first screen: the application method with
 * the most CPU samples, the I/O site or the contended lock — whichever the verdict is about (for
 * a mixed verdict, the larger of the CPU and I/O ones). None for an idle or unknown verdict.
 *
 * @param on     the lock's class (for a lock) or the I/O's event; null for CPU
 * @param nanos  the time it took: CPU samples × period, or the events' durations
 * @param share  its share of all time of its kind: of the CPU samples, the I/O or the lock waits
 */
public record TopCause(Phase.CauseKind kind, String method, String on, long nanos, double share) {

    static Optional<TopCause> of(Profile profile, VerdictKind verdict) {
        return switch (verdict) {
            case CPU_BOUND -> cpu(profile);
            case IO_BOUND -> io(profile);
            case LOCK_BOUND -> lock(profile);
            case MIXED -> {
                Optional<TopCause> cpu = cpu(profile);
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
    private static Optional<TopCause> cpu(Profile profile) {
        long period = profile.samples().executionPeriodNanos();
        return profile.samples().hotApplicationMethods().stream().findFirst().filter(m -> m.selfSamples() > 0).map(m -> {
            if (!ApplicationCode.NO_APPLICATION_FRAME.equals(m.method())) {
                return new TopCause(Phase.CauseKind.CPU, m.method(), null, m.selfSamples() * period, m.selfPercent() / 100);
            }
            return profile.samples().hotMethods().stream().findFirst().filter(h -> h.selfSamples() > 0)
                    .map(h -> new TopCause(Phase.CauseKind.CPU, h.method() + " (JDK code, no application frame on its stacks)", null,
                            h.selfSamples() * period, h.selfPercent() / 100))
                    .orElse(new TopCause(Phase.CauseKind.CPU, AdviceRules.NO_APPLICATION_FRAME, null, m.selfSamples() * period,
                            m.selfPercent() / 100));
        });
    }

    private static Optional<TopCause> io(Profile profile) {
        long all = profile.offCpu().ioByMethod().stream().filter(s -> !s.waitingForWork()).mapToLong(IoSite::totalNanos).sum();
        return profile.offCpu().ioByMethod().stream().filter(s -> !s.waitingForWork() && s.totalNanos() > 0).findFirst()
                .map(s -> new TopCause(Phase.CauseKind.IO, AdviceRules.named(s.method()), s.kind().eventName(), s.totalNanos(), (double) s.totalNanos() / all));
    }

    private static Optional<TopCause> lock(Profile profile) {
        long all = profile.offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK).mapToLong(WaitSite::totalNanos).sum();
        return profile.offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK && w.totalNanos() > 0).findFirst()
                .map(w -> new TopCause(Phase.CauseKind.LOCK, AdviceRules.named(w.method()), w.subject(), w.totalNanos(), (double) w.totalNanos() / all));
    }

    /** One line: "jbound.X.run (CPU, 61% of the CPU samples)". */
    public String describe() {
        String what = switch (kind) {
            case CPU -> "CPU, " + Format.percent(share) + " of the CPU samples";
            case IO -> Format.seconds(nanos) + " of I/O (" + on.replace("jdk.", "") + "), " + Format.percent(share) + " of all I/O";
            case LOCK -> Format.seconds(nanos) + " waiting for the lock" + (on == null ? "" : " on " + on) + ", " + Format.percent(share)
                    + " of all lock waits";
        };
        return method + " (" + what + ")";
    }
}
