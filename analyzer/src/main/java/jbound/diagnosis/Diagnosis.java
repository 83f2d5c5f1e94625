package jbound.diagnosis;

import java.util.List;

/**
 * The verdict with its evidence, the load's shape, what the recording could not see, and what to do.
 *
 * @param phases the recording's phases in time order, each with its own verdict; one where it behaved one way
 * @param predictions what the advice would buy, each a range with its assumptions
 */
public record Diagnosis(Verdict verdict, TimeLedger ledger, LoadPattern load, List<Phase> phases, List<BlindSpot> blindSpots,
                        List<Advice> advice, List<Prediction> predictions, JvmWork jvmWork, TopCause topCause) {

    public Diagnosis {
        phases = List.copyOf(phases);
        predictions = List.copyOf(predictions);
    }
}
