package jbound.diagnosis;

import java.util.List;

/**
 * What one remedy would buy, predicted from what the recording measured: a range, never one
 * number, with the assumptions it rests on, and how a recording made after the change measures
 * the same thing ({@link Measure}), so that {@code jbound diff} can set the outcome beside it.
 *
 * @param remedy      the remedy it prices, the {@link Advice#id()} of the advice it belongs to
 * @param change      the change, in words ("make jbound.Foo.bar() 2.4–10.9× faster")
 * @param low         the least gain expected, as a factor on the measure's throughput (1.0 = none)
 * @param high        the most
 * @param assumptions what the range takes for granted, and where its figures come from
 * @param measure     how a later recording measures the gain
 * @param subject     what the measure looks at (the hotspot's name), or null
 * @param before      the measure's value in this recording
 */
public record Prediction(Remedy remedy, String change, double low, double high, List<String> assumptions, Measure measure,
                         String subject, double before) {

    public Prediction {
        assumptions = List.copyOf(assumptions);
        if (!(low <= high)) {
            throw new IllegalArgumentException("a prediction's range runs low to high: " + low + " > " + high);
        }
    }
}
