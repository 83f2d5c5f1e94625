package jbound.diagnosis;

import java.util.List;

/** The verdict with its evidence, the load's shape, what the recording could not see, and what to do. */
public record Diagnosis(Verdict verdict, TimeLedger ledger, LoadPattern load, List<BlindSpot> blindSpots, List<Advice> advice) {
}
