package jbound.support;

import java.io.FileOutputStream;
import java.io.IOException;

import jdk.jfr.Recording;

/**
 * Writes to /dev/null from a different stack every time: a recursion 19 calls deep whose path
 * of two methods spells the write's number in binary, so every write's stack is distinct (half
 * a million possible), as in a service whose requests take endlessly varied paths.
 */
public final class DistinctStacks {

    static final int DEPTH = 19;

    public static void main(String[] args) throws Exception {
        int writes = Integer.getInteger("jbound.writes", 300_000);
        // With -Djbound.rotateEvery=N the JVM starts a new chunk every N writes (a recording
        // started and stopped rotates the chunk at once), so that no chunk holds too many stacks.
        int rotateEvery = Integer.getInteger("jbound.rotateEvery", 0);
        try (FileOutputStream out = new FileOutputStream("/dev/null")) {
            for (int i = 0; i < writes; i++) {
                zero(out, i, DEPTH);
                if (rotateEvery > 0 && i % rotateEvery == rotateEvery - 1) {
                    try (Recording rotation = new Recording()) {
                        rotation.start();
                        rotation.stop();
                    }
                }
            }
        }
    }

    static void zero(FileOutputStream out, int path, int depth) throws IOException {
        next(out, path, depth);
    }

    static void one(FileOutputStream out, int path, int depth) throws IOException {
        next(out, path, depth);
    }

    private static void next(FileOutputStream out, int path, int depth) throws IOException {
        if (depth == 0) {
            out.write(path);
        } else if ((path >> (depth - 1) & 1) == 0) {
            zero(out, path, depth - 1);
        } else {
            one(out, path, depth - 1);
        }
    }
}
