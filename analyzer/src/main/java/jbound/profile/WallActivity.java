package jbound.profile;

import java.util.List;

import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;
import jbound.recording.SampledState;

/**
 * What a thread caught by a wall-clock sample was doing, from its stack first and its state
 * second: a thread in a socket read is in I/O whatever state the sampler saw, and a thread the
 * sampler saw sleeping with no telling frame is off CPU for a reason nobody recorded.
 */
public enum WallActivity {
    CPU,
    IO,
    LOCK,
    /** Parked, waiting, sleeping, selecting, accepting, reading standard input: waiting for work. */
    WAITING,
    /** Off CPU, or of unknown state, with no frame that says why. */
    OTHER;

    /** Native frames of the JVM blocking a thread on a contended monitor. */
    private static final List<String> MONITOR_ENTER_FRAMES = List.of("ObjectMonitor::enter", "ObjectMonitor::EnterI",
            "ObjectSynchronizer::enter", "ObjectMonitor::enter_internal");
    private static final List<String> WAIT_FRAMES = List.of("jdk.internal.misc.Unsafe.park(", "sun.misc.Unsafe.park(",
            "java.lang.Object.wait", "java.lang.Thread.sleep", "java.lang.Thread.yield", "java.lang.VirtualThread.park");

    static WallActivity of(RecordedStack stack, SampledState state, MethodTable methods, RemoteClients clients) {
        int top = NativeActivity.topJavaFrame(stack, methods);
        for (int i = 0; i < top; i++) {
            String name = methods.name(stack.framesLeafFirst()[i]);
            if (MONITOR_ENTER_FRAMES.stream().anyMatch(name::contains)) {
                return LOCK;
            }
        }
        NativeActivity activity = NativeActivity.of(stack, methods);
        if (activity == NativeActivity.IDLE || NativeActivity.readsStandardInput(stack, methods)) {
            return WAITING;
        }
        if (activity.isIo()) {
            return IO;
        }
        if (top < stack.depth()) {
            String topName = methods.name(stack.framesLeafFirst()[top]);
            if (WAIT_FRAMES.stream().anyMatch(topName::startsWith)) {
                // A client's blocking call waits parked while its event loop receives: a remote call is I/O.
                return WaitCategory.parksInLockClass(stack, methods) ? LOCK
                        : clients.clientOf(stack.framesLeafFirst(), methods::name) != null ? IO : WAITING;
            }
        }
        return state == SampledState.RUNNING ? CPU : OTHER;
    }
}
