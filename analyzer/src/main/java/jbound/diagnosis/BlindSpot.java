package jbound.diagnosis;

/**
 * Something the recording could not see, what that means for the answer, and how to record so
 * that it can.
 *
 * @param affectsVerdict true where the unseen time could change the verdict, and so lowers its confidence
 */
public record BlindSpot(String what, String consequence, String remedy, boolean affectsVerdict) {
}
