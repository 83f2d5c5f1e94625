package jbound.diagnosis;

import java.util.List;

import jbound.profile.Profile;

/** Turns a {@link Profile} into a {@link Diagnosis}: verdict, load shape, blind spots, advice and what it would buy. */
public final class Diagnoser {

    private Diagnoser() {
    }

    /** The diagnosis with the documented ladder figures (docs/ladder.md) for how much faster a hotspot can be made. */
    public static Diagnosis diagnose(Profile profile) {
        return diagnose(profile, HotspotSpeedup.DOCUMENTED_LADDER);
    }

    /** @param k how much faster a hotspot can be made, for its prediction */
    public static Diagnosis diagnose(Profile profile, HotspotSpeedup k) {
        TimeLedger ledger = TimeLedger.of(profile.applicationThreads(), profile.recording().duration().toNanos());
        LoadPattern load = LoadPattern.of(profile.process().cpuLoad());
        List<BlindSpot> blindSpots = BlindSpots.of(profile);
        VerdictInput input = VerdictInput.of(profile, ledger, blindSpots);
        VerdictRules.Decision decision = VerdictRules.decide(input);
        List<Phase> phases = Phases.of(profile.timeline(), profile.process().cpuLoad(), input);
        Verdict verdict = VerdictEvidence.withPhases(VerdictEvidence.verdict(profile, input, decision, load), phases);
        List<BlindSpot> spots = decision.unseenCause() == UnseenCause.SUSPECTED_LOCK && decision.kind() == VerdictKind.LOCK_BOUND
                ? BlindSpots.withShortLocks(blindSpots, input.lockThresholdNanos()) : blindSpots;
        JvmWork jvm = JvmWork.of(profile);
        List<Advice> advice = AdviceRules.of(profile, verdict, load, jvm);
        List<Prediction> predictions = Predictions.of(profile, ledger, advice, k);
        return new Diagnosis(VerdictEvidence.withJvmWork(verdict, jvm), ledger, load, phases, spots, advice, predictions, jvm,
                TopCause.of(profile, verdict.kind(), ledger).orElse(null));
    }
}
