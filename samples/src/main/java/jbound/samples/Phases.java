package jbound.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch job whose behaviour changes as it runs, in three equal thirds of its time: it fetches
 * its input from a slow loopback backend ({@link IoBound}'s clients: I/O-bound), then crunches it
 * on every core, the main thread among them (CPU-bound), then waits for the next batch (idle).
 * Averaged over the whole recording it is none of the three; a recording of it should show three
 * phases, each with its own verdict.
 */
public final class Phases {

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long start = System.nanoTime();
        long third = options.runFor().toNanos() / 3;
        try (Backend backend = Backend.start(IoBound.REPLY_DELAY_MILLIS)) {
            List<Thread> fetchers = new ArrayList<>();
            for (int c = 0; c < IoBound.CLIENTS; c++) {
                fetchers.add(IoBound.start("fetcher-" + c, () -> IoBound.fetchQuotesUntil(start + third, backend.port())));
            }
            joinAll(fetchers);
        }
        long computeEnd = start + 2 * third;
        List<Thread> crunchers = new ArrayList<>();
        for (int w = 1; w < Runtime.getRuntime().availableProcessors(); w++) {
            long seed = w;
            crunchers.add(IoBound.start("cruncher-" + w, () -> CpuBound.crunchUntil(computeEnd, seed)));
        }
        double checksum = CpuBound.crunchUntil(computeEnd, 0);
        joinAll(crunchers);
        long left = (start + 3 * third - System.nanoTime()) / 1_000_000L;
        if (left > 0) {
            Thread.sleep(left);
        }
        System.out.printf("phases: fetched, crunched (checksum %.3e), idled%n", checksum);
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
