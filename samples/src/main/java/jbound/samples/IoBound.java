package jbound.samples;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * I/O-bound: four threads each wait on a slow loopback backend (a reply every
 * {@value #REPLY_DELAY_MILLIS} ms over a kept-alive connection), and one thread appends to a
 * journal file, forces it to disk and reads it back. Almost no computing: a recording of it
 * should show the threads waiting in socket and file I/O and the JVM's CPU near zero.
 */
public final class IoBound {

    static final long REPLY_DELAY_MILLIS = 50;
    static final int CLIENTS = 4;
    static final int JOURNAL_BLOCK = 1 << 20;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        Path journal = Files.createTempFile(Files.createDirectories(options.workDir()), "jbound-journal-", ".dat");
        try (Backend backend = Backend.start(REPLY_DELAY_MILLIS)) {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                threads.add(start("quote-client-" + c, () -> fetchQuotesUntil(deadline, backend.port())));
            }
            threads.add(start("journal-writer", () -> journalUntil(deadline, journal)));
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            Files.deleteIfExists(journal);
        }
        System.out.println("io-bound: done");
    }

    static void fetchQuotesUntil(long deadlineNanos, int port) {
        try (BackendClient client = new BackendClient(port)) {
            long received = 0;
            while (System.nanoTime() < deadlineNanos) {
                received += client.request(256).length();
            }
            if (received == 0) {
                throw new IllegalStateException("no replies");
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static void journalUntil(long deadlineNanos, Path journal) {
        byte[] block = new byte[JOURNAL_BLOCK];
        try {
            while (System.nanoTime() < deadlineNanos) {
                appendDurably(journal, block);
                readBack(journal, block);
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static void appendDurably(Path journal, byte[] block) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(block));
            channel.force(true);
        }
    }

    static long readBack(Path journal, byte[] buffer) throws IOException {
        long total = 0;
        try (InputStream in = new FileInputStream(journal.toFile())) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
            }
        }
        return total;
    }

    static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }
}
