package jbound.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Mixed: one worker in turns fetches a batch of documents from a slow loopback backend
 * (about a second of waiting) and then parses and summarises them (about a second of
 * computing). The JVM's CPU spikes to a full core, then idles, and again.
 *
 * <p>Improved ({@code --improved}): as jbound's advice for a mixed program says, waiting and
 * computing are pipelined: a fetcher thread gets the next batch while the worker parses this one,
 * handing batches over a queue of one.
 */
public final class Mixed {

    static final long REPLY_DELAY_MILLIS = 125;
    static final int BATCH = 8;
    static final int DOCUMENT_BYTES = 64 * 1024;
    static final long PARSE_PHASE_NANOS = 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parseImprovable(args);
        long deadline = options.deadlineNanos();
        double checksum = 0;
        int rounds = 0;
        try (Backend backend = Backend.start(REPLY_DELAY_MILLIS);
             BackendClient client = new BackendClient(backend.port())) {
            if (options.improved()) {
                BlockingQueue<List<String>> fetched = new ArrayBlockingQueue<>(1);
                Thread fetcher = new Thread(() -> fetchUntil(deadline, client, fetched), "batch-fetcher");
                fetcher.setDaemon(true);
                fetcher.start();
                while (System.nanoTime() < deadline) {
                    List<String> batch = fetched.poll(100, TimeUnit.MILLISECONDS);
                    if (batch != null) {
                        checksum += parseAndSummarize(batch);
                        rounds++;
                    }
                }
            } else {
                while (System.nanoTime() < deadline) {
                    List<String> batch = fetchBatch(client);
                    checksum += parseAndSummarize(batch);
                    rounds++;
                }
            }
        }
        System.out.printf("mixed%s: %d rounds, checksum %.3e%n", options.improved() ? " (pipelined)" : "", rounds, checksum);
    }

    /** The improved variant's fetching stage: batches into {@code fetched} until the deadline. */
    static void fetchUntil(long deadlineNanos, BackendClient client, BlockingQueue<List<String>> fetched) {
        try {
            while (System.nanoTime() < deadlineNanos) {
                fetched.put(fetchBatch(client));
            }
        } catch (java.io.IOException | InterruptedException ending) {
            // The sample is ending.
        }
    }

    static List<String> fetchBatch(BackendClient client) throws java.io.IOException {
        List<String> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(client.request(DOCUMENT_BYTES));
        }
        return batch;
    }

    /** Parses the documents again and again for a fixed time: the computing half of a round. */
    static double parseAndSummarize(List<String> batch) {
        long end = System.nanoTime() + PARSE_PHASE_NANOS;
        double summary = 0;
        do {
            for (String document : batch) {
                summary += parseNumbers(document);
            }
        } while (System.nanoTime() < end);
        return summary;
    }

    static double parseNumbers(String document) {
        double sum = 0;
        int start = 0;
        for (int i = 0; i < document.length(); i++) {
            if (document.charAt(i) == ',') {
                sum += Double.parseDouble(document.substring(start, i));
                start = i + 1;
            }
        }
        return sum;
    }
}
