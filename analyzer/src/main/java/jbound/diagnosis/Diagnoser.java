package jbound.diagnosis;

import java.util.List;

import jbound.profile.Profile;

/** Turns a {@link Profile} into a {@link Diagnosis}: verdict, load shape, blind spots, advice. */
public final class Diagnoser {

    private Diagnoser() {
    }

    public static Diagnosis diagnose(Profile profile) {
        TimeBudget budget = TimeBudget.of(profile.applicationThreads(), profile.recording().duration().toNanos());
        LoadPattern load = LoadPattern.of(profile.cpuLoad());
        List<BlindSpot> blindSpots = BlindSpots.of(profile);
        Verdict verdict = VerdictRules.decide(profile, budget, load, blindSpots);
        return new Diagnosis(verdict, budget, load, blindSpots, AdviceRules.of(profile, verdict, load));
    }
}
