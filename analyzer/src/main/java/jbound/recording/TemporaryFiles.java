package jbound.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every temporary file jbound makes (unpacked recordings, parts of a recording for the parser,
 * outputs being written): deleted by whoever made it once done, and whatever is left when the
 * JVM exits, on Ctrl-C and SIGTERM too. Only SIGKILL can leave one behind.
 */
public final class TemporaryFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteAllLeft, "jbound-temporary-files"));
    }

    private TemporaryFiles() {
    }

    /** A new empty file in {@code dir}, or in the default temporary folder where {@code dir} is null. */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        if (exiting) {
            throw new IOException("jbound is exiting");
        }
        Path file = dir == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix);
        LIVE.add(file);
        // The exit hook may have run between the check and the add: it would not have seen this file.
        if (exiting) {
            delete(file);
            throw new IOException("jbound is exiting");
        }
        return file;
    }

    /** Deletes a file made by {@link #create}; a file already gone is fine. */
    public static void delete(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            LIVE.remove(file);
        }
    }

    /** How many temporary files exist now: zero between analyses. */
    public static int live() {
        return LIVE.size();
    }

    private static void deleteAllLeft() {
        exiting = true;
        for (Path file : LIVE) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The JVM is going down: nothing left to tell.
            }
        }
    }
}
