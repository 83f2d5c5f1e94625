package jbound.support;

import jdk.jfr.Recording;

/**
 * Runs the mixed sample (CPU and I/O in turns, so that chunks differ) with the arguments given,
 * while starting and stopping a second, empty recording every {@value #ROTATE_EVERY_MILLIS} ms.
 * The JVM starts a new chunk of the main recording each time: one continuous recording of many
 * chunks, as a long production recording is, in a few seconds.
 */
public final class RotatingChunks {

    static final long ROTATE_EVERY_MILLIS = 500;

    public static void main(String[] args) throws Exception {
        Thread sample = new Thread(() -> {
            try {
                jbound.samples.Mixed.main(args);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "sample-main");
        sample.start();
        while (sample.isAlive()) {
            sample.join(ROTATE_EVERY_MILLIS);
            try (Recording rotation = new Recording()) {
                rotation.start();
                rotation.stop();
            }
        }
    }
}
