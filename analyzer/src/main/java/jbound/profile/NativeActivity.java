package jbound.profile;

import java.util.List;

import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;

/**
 * What a thread caught in native code by {@code jdk.NativeMethodSample} was doing, told from
 * its stack. Where I/O events are missing (under the threshold) or throttled, these samples
 * are the recording's other evidence of threads waiting on sockets and files.
 */
public enum NativeActivity {

    /** Blocked reading or writing a socket, or connecting. */
    SOCKET_IO(List.of("sun.nio.ch.Net.poll(", "sun.nio.ch.Net.connect", "sun.nio.ch.SocketDispatcher.",
            "sun.nio.ch.DatagramDispatcher.", "sun.nio.ch.DatagramChannelImpl.receive0(",
            "java.net.SocketInputStream.socketRead0(", "java.net.SocketOutputStream.socketWrite0(",
            "java.net.PlainSocketImpl.socketConnect(", "sun.nio.ch.NioSocketImpl.")),
    /** Reading, writing, opening or syncing a file. */
    FILE_IO(List.of("java.io.FileInputStream.", "java.io.FileOutputStream.", "java.io.FileDescriptor.sync",
            "java.io.RandomAccessFile.", "sun.nio.ch.FileDispatcherImpl.", "sun.nio.ch.UnixFileDispatcherImpl.",
            "sun.nio.fs.UnixNativeDispatcher.")),
    /** Waiting for work: accepting connections or selecting on an idle event loop. Not a bottleneck. */
    IDLE(List.of()),
    /** Any other native code (compression, crypto, JNI libraries): may be computing. */
    OTHER(List.of());

    /** Frames anywhere on the stack that mean the thread waits for work, whatever native call it is in. */
    private static final List<String> WAITING_FOR_WORK = List.of(
            "java.net.ServerSocket.accept(", "java.net.ServerSocket.implAccept(", "sun.nio.ch.NioSocketImpl.accept(",
            "sun.nio.ch.ServerSocketChannelImpl.accept", "sun.nio.ch.EPoll.wait(", "sun.nio.ch.KQueue.poll(",
            "sun.nio.ch.EPollSelectorImpl.doSelect(", "sun.nio.ch.SelectorImpl.select");

    private final List<String> topFramePrefixes;

    NativeActivity(List<String> topFramePrefixes) {
        this.topFramePrefixes = topFramePrefixes;
    }

    public boolean isIo() {
        return this == SOCKET_IO || this == FILE_IO;
    }

    static NativeActivity of(RecordedStack stack, MethodTable methods) {
        for (int method : stack.framesLeafFirst()) {
            if (startsWithAny(methods.name(method), WAITING_FOR_WORK)) {
                return IDLE;
            }
        }
        if (stack.depth() == 0) {
            return OTHER;
        }
        String top = methods.name(stack.topFrame());
        for (NativeActivity activity : values()) {
            if (startsWithAny(top, activity.topFramePrefixes)) {
                return activity;
            }
        }
        return OTHER;
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
