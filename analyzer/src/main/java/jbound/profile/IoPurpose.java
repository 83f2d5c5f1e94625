package jbound.profile;

import jbound.recording.EventCatalog;

/**
 * Whether an I/O event waits for work rather than on something the application asked for. A
 * read with no application frame on its stack is the JDK waiting for the next request or remote
 * call (an HTTP server on a keep-alive connection, RMI, JMX); a read of standard input, or of a
 * stream that is no file, waits for someone to type or send. A client thread that waits on a
 * slow backend has its own frames on the stack: that is real I/O.
 */
final class IoPurpose {

    private IoPurpose() {
    }

    static boolean waitsForWork(EventCatalog type, int applicationFrame, String target, boolean readsStandardInput) {
        return switch (type) {
            case SOCKET_READ -> applicationFrame < 0;
            case FILE_READ -> readsStandardInput || jbound.recording.RecordingReader.NO_PATH.equals(target);
            default -> false;
        };
    }
}
