package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * Real recordings, mutated in every way a file can break: no input may crash jbound, hang it, or
 * end in anything but a result (exit 0) or one line and exit 3. The seed is fixed; more cases
 * with -Djbound.fuzz.cases=N.
 */
@Slow
class FuzzedRecordingsTest {

    private static final int CASES = Integer.getInteger("jbound.fuzz.cases", 2000);
    private static final long SEED = 20261128L;
    /** Far above the tens of milliseconds a small recording takes; only a hang comes near it. */
    private static final long TIME_BOUND_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void noMutatedRecordingCrashesHangsOrEndsWithoutAClearAnswer() throws Exception {
        byte[] original = concatenation();
        List<long[]> chunks = chunkBounds(original);
        Random random = new Random(SEED);
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        int results = 0;
        int refusals = 0;
        try {
            for (int c = 0; c < CASES; c++) {
                Mutation mutation = Mutation.values()[c % Mutation.values().length];
                byte[] mutated = mutation.apply(original, chunks, random);
                Path file = Files.write(dir.resolve("case.jfr"), mutated);
                Future<Cli.Result> future = runner.submit(() -> Cli.jbound("analyze", file.toString(), "--top", "3"));
                Cli.Result result;
                try {
                    result = future.get(TIME_BOUND_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    Path kept = Files.write(Path.of("target", "fuzz-hang-" + c + ".jfr"), mutated);
                    fail("case " + c + " (" + mutation + ") did not finish in " + TIME_BOUND_SECONDS + " s; input kept as " + kept);
                    return;
                }
                if (result.status() == 0) {
                    results++;
                    assertTrue(result.out().contains("VERDICT"), "case " + c + " (" + mutation + ")");
                } else {
                    refusals++;
                    if (result.status() != 3 || result.err().contains("\tat ") || result.err().lines().count() != 1
                            || result.err().contains("internal error")) {
                        Path kept = Files.write(Path.of("target", "fuzz-failure-" + c + ".jfr"), mutated);
                        fail("case " + c + " (" + mutation + ") ended with exit " + result.status() + " and: " + result.err()
                                + " — input kept as " + kept);
                    }
                }
            }
        } finally {
            runner.shutdownNow();
        }
        assertTrue(results > 0 && refusals > 0, "the mutations should both break and spare files: " + results + " results, " + refusals + " refusals");
    }

    /** Three recordings of different JVMs in one file: several chunk boundaries to break. */
    private static byte[] concatenation() throws Exception {
        List<byte[]> parts = List.of(Files.readAllBytes(Recordings.of("Idle")), Files.readAllBytes(Recordings.of("LockContended")),
                Files.readAllBytes(Recordings.of("Idle")));
        int size = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer all = ByteBuffer.allocate(size);
        parts.forEach(all::put);
        return all.array();
    }

    /** Start, size, constant-pool offset and metadata offset of each chunk. */
    private static List<long[]> chunkBounds(byte[] file) {
        List<long[]> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(file);
        int offset = 0;
        while (offset + 64 <= file.length) {
            long size = buffer.getLong(offset + 8);
            chunks.add(new long[] {offset, size, buffer.getLong(offset + 16), buffer.getLong(offset + 24)});
            offset += (int) size;
        }
        return chunks;
    }

    enum Mutation {
        BIT_FLIPS {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                byte[] b = original.clone();
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
        },
        BYTE_RUN {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                byte[] b = original.clone();
                int at = random.nextInt(b.length);
                int length = 1 + random.nextInt(256);
                byte value = (byte) (random.nextBoolean() ? 0 : random.nextBoolean() ? 0xff : random.nextInt(256));
                Arrays.fill(b, at, Math.min(b.length, at + length), value);
                return b;
            }
        },
        TRUNCATED_AT_A_CHUNK_BOUNDARY {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                long[] chunk = chunks.get(random.nextInt(chunks.size()));
                int cut = (int) chunk[0] + (random.nextBoolean() ? 0 : (int) chunk[1]);
                return Arrays.copyOf(original, Math.min(original.length, Math.max(0, cut - random.nextInt(3))));
            }
        },
        TRUNCATED_IN_A_HEADER {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                long[] chunk = chunks.get(random.nextInt(chunks.size()));
                return Arrays.copyOf(original, (int) chunk[0] + random.nextInt(68));
            }
        },
        TRUNCATED_ANYWHERE {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                return Arrays.copyOf(original, random.nextInt(original.length));
            }
        },
        ZEROED_CONSTANT_POOL {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                byte[] b = original.clone();
                long[] chunk = chunks.get(random.nextInt(chunks.size()));
                int from = (int) (chunk[0] + chunk[2]);
                Arrays.fill(b, from, (int) Math.min(b.length, from + 16 + random.nextInt(512)), (byte) 0);
                return b;
            }
        },
        ZEROED_METADATA {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                byte[] b = original.clone();
                long[] chunk = chunks.get(random.nextInt(chunks.size()));
                int from = (int) (chunk[0] + chunk[3]);
                Arrays.fill(b, from, (int) Math.min(b.length, from + 8 + random.nextInt(256)), (byte) 0);
                return b;
            }
        },
        WRONG_MAGIC {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                byte[] b = original.clone();
                long[] chunk = chunks.get(random.nextInt(chunks.size()));
                b[(int) chunk[0] + random.nextInt(4)] ^= (byte) (1 + random.nextInt(255));
                return b;
            }
        },
        STATE_BYTE {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                // The JVM's "still writing" generation counter, or 255 mid-update; sometimes with the
                // file cut inside that chunk, as a copy of a live repository is.
                long[] chunk = chunks.get(random.nextInt(chunks.size()));
                byte[] b = random.nextBoolean() ? original.clone()
                        : Arrays.copyOf(original, (int) Math.min(original.length, chunk[0] + 68 + random.nextInt((int) chunk[1])));
                b[(int) chunk[0] + 64] = (byte) (random.nextBoolean() ? 255 : 1 + random.nextInt(254));
                return b;
            }
        },
        HUGE_DECLARED_SIZE {
            byte[] apply(byte[] original, List<long[]> chunks, Random random) {
                byte[] b = original.clone();
                long[] chunk = chunks.get(random.nextInt(chunks.size()));
                // chunk size, constant-pool offset or metadata offset: made enormous, negative, or just off
                int field = (int) chunk[0] + 8 * (1 + random.nextInt(3));
                long value = switch (random.nextInt(4)) {
                    case 0 -> Long.MAX_VALUE;
                    case 1 -> -1 - random.nextInt(1000);
                    case 2 -> ByteBuffer.wrap(b).getLong(field) + 1 + random.nextInt(64);
                    default -> 1L << (32 + random.nextInt(30));
                };
                ByteBuffer.wrap(b).putLong(field, value);
                return b;
            }
        };

        abstract byte[] apply(byte[] original, List<long[]> chunks, Random random);
    }
}
