package jbound.profile;

/**
 * Off-CPU waits of one category, by one application method, on one class of monitor or lock.
 *
 * @param subject the monitor's or parked-on object's class, where the event names one
 */
public record WaitSite(WaitCategory category, String method, String subject, long count, long totalNanos, long maxNanos) {
}
