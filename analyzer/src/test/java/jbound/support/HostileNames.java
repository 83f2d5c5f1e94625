package jbound.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A workload whose thread names and file paths are attacks: script injection for the page, and
 * terminal control (a window title, a link, a forged verdict line, a bidirectional override)
 * for the terminal. A recording is untrusted input: a report shows these as text and obeys none.
 */
public final class HostileNames {

    public static final String THREAD_NAME = "<script>window.pwned=1</script>\"'<img src=x onerror=\"window.pwned=2\">";
    public static final String FILE_NAME = "<script>window.pwned=3<\\script>'\".log";
    /** Sets the window title, makes a link, turns text red, forges a verdict line, reverses what follows. */
    public static final String CONTROL_THREAD_NAME = "\u001b]0;pwned\u0007\u001b]8;;http://example.invalid/\u001b\\link\u001b]8;;\u001b\\"
            + "\u001b[31mred\r\nVERDICT  IDLE   (confidence HIGH, 1.00)\n\u009b2J\u202edesrever";
    public static final String CONTROL_FILE_NAME = "\u001b[2J\u202egol.\u0085cleared";

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[1]);
        Path dir = Files.createDirectories(Path.of(args[3]));
        Path file = dir.resolve(FILE_NAME.replace('\\', '/').replace("/", "_"));
        Path controlFile = dir.resolve(CONTROL_FILE_NAME);
        Thread worker = new Thread(() -> work(file, (long) (seconds * 1e9)), THREAD_NAME);
        Thread controls = new Thread(() -> work(controlFile, (long) (seconds * 1e9)), CONTROL_THREAD_NAME);
        worker.start();
        controls.start();
        worker.join();
        controls.join();
        Files.deleteIfExists(file);
        Files.deleteIfExists(controlFile);
    }

    private static void work(Path file, long nanos) {
        long end = System.nanoTime() + nanos;
        byte[] block = new byte[64 * 1024];
        double x = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (System.nanoTime() < end) {
                channel.write(ByteBuffer.wrap(block), 0);
                channel.force(false);
                for (int i = 0; i < 200_000; i++) {
                    x += Math.sqrt(i + x);
                }
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        System.out.println(x > 0 ? "done" : "?");
    }
}
