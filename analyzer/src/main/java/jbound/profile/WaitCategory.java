package jbound.profile;

import java.util.List;

import jbound.recording.EventCatalog;

/** What kind of off-CPU wait a {@code jdk.JavaMonitor*}, {@code ThreadPark} or {@code ThreadSleep} event is. */
public enum WaitCategory {

    /** Blocked on a lock another thread holds: threads serialised on shared state. */
    LOCK,
    /** Waiting for a condition or for work (Object.wait, parked in a queue or a future). */
    WAIT,
    /** Sleeping on purpose. */
    SLEEP;

    /** Classes a thread parks on when it waits for a {@code java.util.concurrent} lock, not for work. */
    private static final List<String> LOCK_CLASSES = List.of(
            "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.ReentrantReadWriteLock",
            "java.util.concurrent.locks.StampedLock");

    /** Whether a parked stack is parked inside one of the lock classes: queuing for a lock, not waiting for work. */
    static boolean parksInLockClass(jbound.recording.RecordedStack stack, jbound.recording.MethodTable methods) {
        for (int method : stack.framesLeafFirst()) {
            String className = methods.className(method);
            if (LOCK_CLASSES.stream().anyMatch(className::startsWith)) {
                return true;
            }
        }
        return false;
    }

    static WaitCategory of(EventCatalog type, String subject) {
        return switch (type) {
            case MONITOR_ENTER -> LOCK;
            case THREAD_SLEEP -> SLEEP;
            case THREAD_PARK -> subject != null && LOCK_CLASSES.stream().anyMatch(subject::startsWith) ? LOCK : WAIT;
            default -> WAIT;
        };
    }
}
