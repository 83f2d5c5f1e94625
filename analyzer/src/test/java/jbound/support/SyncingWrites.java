package jbound.support;

import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small blocks and forces each to disk with {@code FileDescriptor.sync()}, which emits no
 * JFR event (only {@code FileChannel.force} does), and whose writes are mostly under the file
 * events' threshold: its waiting shows in native-method samples only.
 */
public final class SyncingWrites {

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[1]);
        Path dir = Files.createDirectories(Path.of(args[3]));
        Path file = dir.resolve("syncing-writes.bin");
        long end = System.nanoTime() + (long) (seconds * 1e9);
        byte[] block = new byte[4096];
        try (FileOutputStream out = new FileOutputStream(file.toFile())) {
            while (System.nanoTime() < end) {
                syncOneBlock(out, block);
            }
        }
        Files.deleteIfExists(file);
    }

    static void syncOneBlock(FileOutputStream out, byte[] block) throws Exception {
        out.write(block);
        out.getFD().sync();
    }
}
