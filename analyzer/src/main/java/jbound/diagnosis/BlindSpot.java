package jbound.diagnosis;

/**
 * Something the recording could not see, what that means for the answer, and how to record so
 * that it can.
 *
 * @param id             what kind of blind spot, for programs: {@code io-threshold}, {@code no-cpu-samples}…
 * @param affectsVerdict true where the unseen time could change the verdict, and so lowers its confidence
 */
public record BlindSpot(String id, String what, String consequence, String remedy, boolean affectsVerdict) {
}
