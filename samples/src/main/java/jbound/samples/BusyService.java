package jbound.samples;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A busy service: several request threads, each request about a millisecond of computing, a read
 * of a data file and a line appended to a log, and every eighth one a call to a loopback backend
 * that answers at once. Recorded with 1 ms sampling and I/O thresholds of 0 ms it is the densest
 * of the samples — thousands of execution samples and I/O events a second in about equal numbers,
 * over several call paths — so {@code make perf} records it to get real chunks to read.
 */
public final class BusyService {

    static final int THREADS = 4;
    static final int DATA_FILE_BYTES = 1 << 20;
    static final int READ_BYTES = 4096;
    static final int REPLY_BYTES = 256;
    static final int COMPUTE_ROUNDS = 200_000;
    static final int BACKEND_EVERY = 8;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        Path data = Files.createTempFile(options.workDir(), "busy-data-", ".bin");
        Files.write(data, new byte[DATA_FILE_BYTES]);
        LongAdder served = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        try (Backend backend = Backend.start(0)) {
            for (int t = 0; t < THREADS; t++) {
                Path log = options.workDir().resolve("busy-" + ProcessHandle.current().pid() + "-" + t + ".log");
                Thread worker = new Thread(() -> serve(backend.port(), data, log, deadline, served), "request-worker-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
        } finally {
            Files.deleteIfExists(data);
            for (int t = 0; t < THREADS; t++) {
                Files.deleteIfExists(options.workDir().resolve("busy-" + ProcessHandle.current().pid() + "-" + t + ".log"));
            }
        }
        System.out.printf("busy service: %d requests%n", served.sum());
    }

    private static void serve(int port, Path data, Path logFile, long deadline, LongAdder served) {
        try (BackendClient backend = new BackendClient(port);
             RandomAccessFile store = new RandomAccessFile(data.toFile(), "r");
             FileOutputStream log = new FileOutputStream(logFile.toFile(), true)) {
            Handlers handlers = new Handlers(backend, store, log);
            long request = 0;
            while (System.nanoTime() < deadline) {
                switch ((int) (request % 3)) {
                    case 0 -> handlers.quotePrice(request);
                    case 1 -> handlers.searchCatalog(request);
                    default -> handlers.renderReport(request);
                }
                request++;
                served.increment();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String CATALOG = "0123456789,".repeat(32);

    /** Three kinds of request, so the recording holds several distinct call paths. */
    private record Handlers(BackendClient backend, RandomAccessFile store, FileOutputStream log) {

        void quotePrice(long request) throws IOException {
            byte[] record = readRecord(request);
            double price = 0;
            for (int i = 0; i < COMPUTE_ROUNDS; i++) {
                price += Math.sqrt(record[i % record.length] + i);
            }
            audit("quote " + request + " " + price);
            if (request % BACKEND_EVERY == 0) {
                backend.request(REPLY_BYTES);
            }
        }

        void searchCatalog(long request) throws IOException {
            String reply = request % BACKEND_EVERY == 1 ? backend.request(REPLY_BYTES) : CATALOG;
            int matches = 0;
            for (int round = 0; round < COMPUTE_ROUNDS / CATALOG.length(); round++) {
                for (int i = 0; i < reply.length(); i++) {
                    if (reply.charAt(i) == (char) ('0' + (request + round) % 10)) {
                        matches++;
                    }
                }
            }
            audit("search " + request + " " + matches);
        }

        void renderReport(long request) throws IOException {
            byte[] record = readRecord(request * 7);
            StringBuilder page = new StringBuilder();
            for (int i = 0; i < COMPUTE_ROUNDS / 8; i++) {
                page.setLength(page.length() > 4096 ? 0 : page.length());
                page.append(record[i % record.length] ^ i).append(',');
            }
            audit("report " + request + " " + page.length());
        }

        private byte[] readRecord(long key) throws IOException {
            byte[] buffer = new byte[READ_BYTES];
            store.seek(Math.floorMod(key * READ_BYTES, DATA_FILE_BYTES - READ_BYTES));
            store.readFully(buffer);
            return buffer;
        }

        private void audit(String line) throws IOException {
            log.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }
}
