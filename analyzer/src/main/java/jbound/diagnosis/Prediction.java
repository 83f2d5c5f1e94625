package jbound.diagnosis;

/**
 * What one remedy would buy, predicted from what the recording measured: a range, never one
 * number, with the assumptions it rests on, and how a recording made after the change measures
 * the same thing ({@link Measure}), so that {@code jbound diff} can set the outcome beside it.
 *
 * @param remedy      the remedy it prices, the {@link Advice#id()} of the advice it belongs to
 * @param low         the least gain expected, as a factor on the measure's throughput (1.0 = none)
 * @param high        the most
 * @param basis       the figures the range was worked out from and the spans it assumed; the change and
 *                    the assumptions in words are the report's ({@code jbound.report.PredictionWords})
 * @param measure     how a later recording measures the gain
 * @param subject     what the measure looks at (the hotspot's name), or null
 * @param before      the measure's value in this recording
 */
public record Prediction(Remedy remedy, double low, double high, PredictionBasis basis, Measure measure, String subject, double before) {

    public Prediction {
        if (!(low <= high)) {
            throw new IllegalArgumentException("a prediction's range runs low to high: " + low + " > " + high);
        }
    }
}
