package jbound.samples;

/** Idle: a JVM that is up but has nothing to do — one thread wakes now and then and sleeps again. */
public final class Idle {

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        int wakeUps = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            wakeUps++;
        }
        System.out.printf("idle: woke %d times%n", wakeUps);
    }
}
