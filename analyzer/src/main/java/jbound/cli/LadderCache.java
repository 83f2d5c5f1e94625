package jbound.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.diagnosis.HotspotSpeedup;
import jbound.ladder.LadderReport;
import jbound.ladder.Rung;
import jbound.report.JsonReport;

/**
 * The last {@code jbound ladder} run on this machine, kept in jbound's cache directory so that
 * {@code analyze} and {@code diff} take the hotspot's k from what this machine measured: the
 * fastest one-thread rung's speed-up over a primitive loop at the sizes beyond the caches' small
 * end. The all-cores rung is left out: spreading over the cores is a remedy of its own, with its
 * own prediction, and buys nothing where the program keeps every core busy already. A run
 * with no such size (sizes under {@value #MIN_ELEMENTS} only) does not replace the kept one.
 * The directory is {@code $JBOUND_CACHE_DIR}, else {@code $XDG_CACHE_HOME/jbound}, else
 * {@code ~/.cache/jbound}.
 */
final class LadderCache {

    /** The smallest input whose speed-up counts: below it a call's fixed cost, not the loop, decides. */
    static final int MIN_ELEMENTS = 100_000;
    private static final String FILE = "ladder.json";

    private LadderCache() {
    }

    static Path directory() {
        String own = System.getenv("JBOUND_CACHE_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache")).resolve("jbound");
    }

    /** Keeps the run where it gives a k; says where, or why not, in one line. */
    static String save(LadderReport report) {
        Path dir = directory();
        Path kept = dir.resolve(FILE);
        try {
            java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
            JsonReport.writeValue(json, report);
            if (speedup(new ObjectMapper().readTree(json.toByteArray()), kept, "now").isEmpty()) {
                return "not kept for analyze's predictions: no size of " + String.format(Locale.ROOT, "%,d", MIN_ELEMENTS) + " or more was measured";
            }
            Files.createDirectories(dir);
            Path written = Files.createTempFile(dir, "ladder-", ".json.tmp");
            try {
                Files.write(written, json.toByteArray());
                try {
                    Files.move(written, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(written, kept, StandardCopyOption.REPLACE_EXISTING);
                }
                return "kept for analyze's and diff's predictions in " + kept;
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException e) {
            return "not kept for analyze's predictions (" + dir + ": " + e.getMessage() + ")";
        }
    }

    /** The kept run's k, or the documented one (docs/ladder.md) where there is none or it does not read. */
    static HotspotSpeedup speedup() {
        return speedup(directory().resolve(FILE)).orElse(HotspotSpeedup.DOCUMENTED_LADDER);
    }

    /**
     * A ladder's JSON ({@code jbound ladder --json}, or the kept run): for each kernel and size of
     * at least {@value #MIN_ELEMENTS}, the primitive loop's median over the fastest verified
     * one-thread rung above it (Vector API, native); k spans the least and the most of those.
     */
    static Optional<HotspotSpeedup> speedup(Path ladderJson) {
        try {
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .format(Files.getLastModifiedTime(ladderJson).toInstant().atOffset(ZoneOffset.UTC));
            return speedup(new ObjectMapper().readTree(ladderJson.toFile()), ladderJson, when);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<HotspotSpeedup> speedup(JsonNode root, Path file, String when) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (JsonNode kernel : root.path("kernels")) {
            Map<Integer, Long> primitive = new HashMap<>();
            Map<Integer, Long> best = new HashMap<>();
            for (JsonNode result : kernel.path("results")) {
                int n = result.path("n").asInt();
                long median = result.path("medianNanos").asLong();
                String rung = result.path("rung").asText();
                if (n < MIN_ELEMENTS || median <= 0 || !result.path("verified").asBoolean()) {
                    continue;
                }
                if (rung.equals(Rung.PRIMITIVE.label())) {
                    primitive.put(n, median);
                } else if (!rung.equals(Rung.NAIVE.label()) && !rung.equals(Rung.PARALLEL.label())) {
                    best.merge(n, median, Math::min);
                }
            }
            for (Map.Entry<Integer, Long> size : primitive.entrySet()) {
                Long fastest = best.get(size.getKey());
                if (fastest != null) {
                    double k = Math.max(1, (double) size.getValue() / fastest);
                    low = Math.min(low, k);
                    high = Math.max(high, k);
                }
            }
        }
        if (high == 0) {
            return Optional.empty();
        }
        String machine = root.path("machine").path("cpu").asText("");
        return Optional.of(new HotspotSpeedup(String.format(Locale.ROOT, "this machine's 'jbound ladder' run of %s (%s%s): the fastest "
                        + "one-thread rung over a primitive loop at %,d elements or more, %.1f–%.1f× (all cores is the other remedy); measured here, "
                        + "not on the recording's machine", when, file,
                machine.isEmpty() ? "" : ", " + machine, MIN_ELEMENTS, low, high), low, high));
    }
}
