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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * I/O-bound: four threads each wait on a slow loopback backend (a reply every
 * {@value #REPLY_DELAY_MILLIS} ms over a kept-alive connection), and one thread appends to a
 * journal file, forces it to disk and reads it back. Almost no computing: a recording of it
 * should show the threads waiting in socket and file I/O and the JVM's CPU near zero.
 *
 * <p>Improved ({@code --improved}, JDK 21 or later): as jbound's advice for the pool says, the
 * quotes are fetched by {@value #IMPROVED_CLIENTS} at once, each on a virtual thread of its own
 * (inside the 337–539 threads the advice sized from a recording of the sample on two cores).
 */
public final class IoBound {

    static final long REPLY_DELAY_MILLIS = 50;
    static final int CLIENTS = 4;
    static final int IMPROVED_CLIENTS = 400;
    static final int JOURNAL_BLOCK = 1 << 20;
    /** Replies received, all clients: the sample's own count of results, to set beside what a recording measures. */
    private static final LongAdder REPLIES = new LongAdder();

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parseImprovable(args);
        long deadline = options.deadlineNanos();
        ExecutorService virtualThreads = options.improved() ? virtualThreadPerTask() : null;
        Path journal = Files.createTempFile(Files.createDirectories(options.workDir()), "jbound-journal-", ".dat");
        try (Backend backend = Backend.start(REPLY_DELAY_MILLIS)) {
            Thread journalWriter = start("journal-writer", () -> journalUntil(deadline, journal));
            if (virtualThreads != null) {
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < IMPROVED_CLIENTS; c++) {
                    clients.add(virtualThreads.submit(() -> fetchQuotesUntil(deadline, backend.port())));
                }
                for (Future<?> client : clients) {
                    client.get();
                }
                virtualThreads.shutdown();
            } else {
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    clients.add(start("quote-client-" + c, () -> fetchQuotesUntil(deadline, backend.port())));
                }
                for (Thread client : clients) {
                    client.join();
                }
            }
            journalWriter.join();
        } finally {
            Files.deleteIfExists(journal);
        }
        System.out.printf("io-bound%s: %.1f replies/s%n", options.improved() ? " (virtual threads)" : "",
                REPLIES.sum() / (options.runFor().toNanos() / 1e9));
    }

    /** JDK 21's executor of a virtual thread per task, looked up so that the sample still runs on a JDK 17. */
    private static ExecutorService virtualThreadPerTask() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the improved variant needs virtual threads: run it on JDK 21 or later");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fetchQuotesUntil(long deadlineNanos, int port) {
        try (BackendClient client = new BackendClient(port)) {
            long received = 0;
            while (System.nanoTime() < deadlineNanos) {
                received += client.request(256).length();
                REPLIES.increment();
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
