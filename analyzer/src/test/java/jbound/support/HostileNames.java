package jbound.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A workload whose thread name and file path are attempts at script injection: a recording is
 * untrusted input, and a report made from it must show these as text and run none of it.
 */
public final class HostileNames {

    public static final String THREAD_NAME = "<script>window.pwned=1</script>\"'<img src=x onerror=\"window.pwned=2\">";
    public static final String FILE_NAME = "<script>window.pwned=3<\\script>'\".log";

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[1]);
        Path dir = Files.createDirectories(Path.of(args[3]));
        Path file = dir.resolve(FILE_NAME.replace('\\', '/').replace("/", "_"));
        Thread worker = new Thread(() -> work(file, (long) (seconds * 1e9)), THREAD_NAME);
        worker.start();
        worker.join();
        Files.deleteIfExists(file);
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
