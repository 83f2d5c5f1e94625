package jbound.support;

/**
 * Computes at the bottom of a recursion 2,000 calls deep, as a parser or an interpreter may: the
 * recording's stacks are as deep as its stack depth setting lets them be.
 */
public final class DeepStacks {

    static final int DEPTH = 2_000;

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[1]);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        // A stack of its own: deep recursion needs more than a default thread stack may give.
        Thread worker = new Thread(null, () -> System.out.println(descend(DEPTH, end) > 0 ? "done" : "?"), "deep", 64L << 20);
        worker.start();
        worker.join();
    }

    static double descend(int depth, long end) {
        if (depth > 0) {
            return descend(depth - 1, end) + 1;
        }
        double x = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100_000; i++) {
                x += Math.sqrt(i + x);
            }
        }
        return x;
    }
}
