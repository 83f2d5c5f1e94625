package jbound.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Waits for something to appear in a folder, woken by the file system at each change (not by a timer). */
public final class FileWatch {

    private static final long WAIT_SECONDS = 60;

    /** What is looked for: null while it is not there yet. */
    @FunctionalInterface
    public interface Probe<T> {
        T look() throws IOException;
    }

    private FileWatch() {
    }

    /** The probe's first answer as {@code folder} and its subfolders (two levels) change; fails after a minute. */
    public static <T> T until(Path folder, Probe<T> probe) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        try (WatchService watcher = folder.getFileSystem().newWatchService()) {
            watchAll(folder, watcher);
            while (System.nanoTime() < deadline) {
                T found;
                try {
                    found = probe.look();
                } catch (NoSuchFileException | UncheckedIOException e) {
                    // Something looked at vanished meanwhile: look again at the next change.
                    found = null;
                }
                if (found != null) {
                    return found;
                }
                var key = watcher.poll(1, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    watchAll(folder, watcher);
                }
            }
        } catch (ClosedWatchServiceException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("nothing looked for appeared in " + folder + " within " + WAIT_SECONDS + " s");
    }

    /** Every folder there is now; one that vanishes while it is listed (the JVM renames its new repository) is skipped. */
    private static void watchAll(Path folder, WatchService watcher) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            dirs = walk.filter(Files::isDirectory).toList();
        } catch (UncheckedIOException e) {
            dirs = List.of(folder);
        }
        for (Path dir : dirs) {
            try {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (NoSuchFileException e) {
                // Gone already: its replacement is announced by its parent.
            }
        }
    }
}
