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
    SLEEP,
    /**
     * Parked or in {@code Object.wait} under a client's blocking call ({@link RemoteClients}): the
     * caller waits for a reply that another thread of the client receives. I/O, not waiting for work.
     */
    REMOTE_CALL,
    /**
     * Parked on a future ({@code CompletableFuture.get}, {@code FutureTask.get}) from application
     * code, under no known client: a remote call where the JVM's event-loop threads were at work,
     * else a wait for other threads' work. The profile's sites say which it was taken for.
     */
    FUTURE;

    /** Whether it is the application waiting on I/O: a remote call, not a wait for work or a lock. */
    public boolean isRemoteCall() {
        return this == REMOTE_CALL;
    }

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
