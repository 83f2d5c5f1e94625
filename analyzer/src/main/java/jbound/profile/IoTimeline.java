package jbound.profile;

/**
 * I/O per second of the recording: how many I/O events started in it and how long they took,
 * so the load chart can put I/O on the same time axis as CPU.
 *
 * @param offsetMillis start of the second, from the start of the recording
 * @param nanos        summed durations of the I/O events that started in it
 */
public record IoTimeline(long offsetMillis, long events, long nanos) {
}
