package jbound.profile;

/**
 * I/O per second of the recording: how many I/O events started in it and how much of their time
 * fell in it, so the load chart can put I/O on the same time axis as CPU (nanos / 1e9 is the
 * number of threads waiting on I/O in that second, on average).
 *
 * @param offsetMillis start of the second, from the start of the recording
 * @param events       I/O events that started in it
 * @param nanos        the part of every I/O event's duration that falls in it
 */
public record IoTimeline(long offsetMillis, long events, long nanos) {
}
