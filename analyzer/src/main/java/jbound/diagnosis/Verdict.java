package jbound.diagnosis;

import java.util.List;

/**
 * The diagnosis in one line, with the facts that decided it.
 *
 * @param headline  the one line a user can act on, as data (worded by the reports)
 * @param evidence  the measured facts behind it, most decisive first
 */
public record Verdict(VerdictKind kind, Confidence confidence, Headline headline, List<Evidence> evidence) {

    /** How many observations (samples and timed events) a verdict wants: with fewer its confidence is at most MEDIUM. */
    public static final long OBSERVATIONS_WANTED = VerdictRules.MIN_OBSERVATIONS;
}
