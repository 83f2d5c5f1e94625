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
    /** Waiting for work: accepting connections, selecting on an idle event loop, reading standard input. Not a bottleneck. */
    IDLE(List.of()),
    /**
     * A native method of a library's or the application's own (JNI: a database engine, a
     * compressor): computing or blocked, which the thread's measured CPU tells.
     */
    LIBRARY(List.of()),
    /** Any other native code of the JDK's (a selector's wake-up, a process reaper): neither I/O nor a library's. */
    OTHER(List.of());

    /** Frames anywhere on the stack that mean the thread waits for work, whatever native call it is in. */
    private static final List<String> WAITING_FOR_WORK = List.of(
            "java.net.ServerSocket.accept(", "java.net.ServerSocket.implAccept(", "sun.nio.ch.NioSocketImpl.accept(",
            "sun.nio.ch.ServerSocketChannelImpl.accept", "sun.nio.ch.EPoll.wait(", "sun.nio.ch.KQueue.poll(",
            "sun.nio.ch.EPollSelectorImpl.doSelect(", "sun.nio.ch.SelectorImpl.select");

    /** Every activity by ordinal, made once: {@code values()} copies its array on each call. */
    private static final NativeActivity[] BY_ORDINAL = values();

    private final List<String> topFramePrefixes;

    NativeActivity(List<String> topFramePrefixes) {
        this.topFramePrefixes = topFramePrefixes;
    }

    static NativeActivity ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }

    public boolean isIo() {
        return this == SOCKET_IO || this == FILE_IO;
    }

    /** Frames of standard input: a thread reading it waits for a person or a parent process to send something. */
    private static final List<String> STANDARD_INPUT = List.of("java.lang.System$In.");

    static NativeActivity of(RecordedStack stack, MethodTable methods) {
        for (int method : stack.framesLeafFirst()) {
            String name = methods.name(method);
            if (startsWithAny(name, WAITING_FOR_WORK) || startsWithAny(name, STANDARD_INPUT)) {
                return IDLE;
            }
        }
        int topIndex = topJavaFrame(stack, methods);
        if (topIndex == stack.depth()) {
            return OTHER;
        }
        String top = methods.name(stack.framesLeafFirst()[topIndex]);
        for (NativeActivity activity : BY_ORDINAL) {
            if (startsWithAny(top, activity.topFramePrefixes)) {
                return activity;
            }
        }
        return isJdkClass(methods.className(stack.framesLeafFirst()[topIndex])) ? OTHER : LIBRARY;
    }

    private static boolean isJdkClass(String className) {
        for (String jdk : ApplicationCode.JDK_PACKAGES) {
            if (ApplicationCode.within(className, jdk)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the Java frames of a stack begin, leaf first: async-profiler and Datadog put the
     * native and kernel frames under a Java method on top of it ({@code libc.so.6 read},
     * {@code libjvm.so ObjectMonitor::enter}); the JDK's samplers never do. The depth where there is none.
     */
    static int topJavaFrame(RecordedStack stack, MethodTable methods) {
        int[] frames = stack.framesLeafFirst();
        int i = 0;
        while (i < frames.length && isNativeFrame(methods.className(frames[i]), methods.name(frames[i]))) {
            i++;
        }
        return i;
    }

    /** A frame of a shared library or the kernel rather than a Java method. */
    static boolean isNativeFrame(String className, String name) {
        return className.isEmpty() || className.equals("(unknown)") || className.contains(".so") || name.contains("::")
                || className.endsWith(".dll") || className.endsWith(".dylib");
    }

    /** Whether the stack reads standard input (JDK 25's System.in, or an older JDK's FileInputStream on it). */
    static boolean readsStandardInput(RecordedStack stack, MethodTable methods) {
        for (int method : stack.framesLeafFirst()) {
            if (startsWithAny(methods.name(method), STANDARD_INPUT)) {
                return true;
            }
        }
        return false;
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
