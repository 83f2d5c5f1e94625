package jbound.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Mixed: one worker in turns fetches a batch of documents from a slow loopback backend
 * (about a second of waiting) and then parses and summarises them (about a second of
 * computing). The JVM's CPU spikes to a full core, then idles, and again.
 */
public final class Mixed {

    static final long REPLY_DELAY_MILLIS = 125;
    static final int BATCH = 8;
    static final int DOCUMENT_BYTES = 64 * 1024;
    static final long PARSE_PHASE_NANOS = 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        double checksum = 0;
        int rounds = 0;
        try (Backend backend = Backend.start(REPLY_DELAY_MILLIS);
             BackendClient client = new BackendClient(backend.port())) {
            while (System.nanoTime() < deadline) {
                List<String> batch = fetchBatch(client);
                checksum += parseAndSummarize(batch);
                rounds++;
            }
        }
        System.out.printf("mixed: %d rounds, checksum %.3e%n", rounds, checksum);
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
