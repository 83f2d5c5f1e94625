package jbound.diagnosis;

/**
 * How sure a verdict is, from 0 to 1, and the word for it. It grows with the margin between the
 * deciding share and its threshold and with the amount of evidence, and shrinks where blind
 * spots could hide time that would change the answer.
 */
public record Confidence(Level level, double score) {

    public enum Level { HIGH, MEDIUM, LOW }

    static final double HIGH_FROM = 0.7;
    static final double MEDIUM_FROM = 0.4;

    public static Confidence of(double score) {
        // Rounded first, so that the word and the printed score never disagree (no "MEDIUM (0.70)").
        double rounded = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        Level level = rounded >= HIGH_FROM ? Level.HIGH : rounded >= MEDIUM_FROM ? Level.MEDIUM : Level.LOW;
        return new Confidence(level, rounded);
    }
}
