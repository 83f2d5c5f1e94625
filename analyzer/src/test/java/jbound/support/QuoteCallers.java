package jbound.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/** Platform threads {@code quote-caller-0} … that each make one call after another until a deadline, as a service's request threads would. */
final class QuoteCallers {

    private QuoteCallers() {
    }

    /** @return how many calls answered (each call returns 1 for an answer, 0 for none) */
    static long callUntil(int callers, long deadlineNanos, IntSupplier call) throws InterruptedException {
        LongAdder answered = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            threads.add(Thread.ofPlatform().name("quote-caller-" + c).start(() -> {
                while (System.nanoTime() < deadlineNanos) {
                    answered.add(call.getAsInt());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return answered.sum();
    }
}
