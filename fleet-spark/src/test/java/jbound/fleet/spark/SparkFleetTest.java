package jbound.fleet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/** jbound fleet as a Spark job, in local mode on two cores: the same report as jbound fleet on the same files. */
@Slow
class SparkFleetTest {

    /** Short: these tests compare two readings of the same files, not verdicts, which the analyzer's tests judge. */
    private static final double SECONDS = 3;

    @TempDir
    static Path dir;
    private static Path fleet;

    /** Real recordings of three samples, copies of them, one gzip-compressed, a truncated one and a file that is no recording. */
    @BeforeAll
    static void recordTheFleet() throws IOException {
        fleet = Files.createDirectory(dir.resolve("fleet"));
        for (String sample : new String[] {"CpuBound", "IoBound", "LockContended"}) {
            Path recording = Recordings.lasting(sample, SECONDS);
            Files.copy(recording, fleet.resolve(sample + "-a.jfr"));
            Files.copy(recording, fleet.resolve(sample + "-b.jfr"));
        }
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(fleet.resolve("CpuBound-c.jfr.gz")))) {
            Files.copy(fleet.resolve("CpuBound-a.jfr"), gzip);
        }
        byte[] whole = Files.readAllBytes(fleet.resolve("IoBound-a.jfr"));
        Files.write(fleet.resolve("truncated.jfr"), java.util.Arrays.copyOf(whole, 200));
        Files.writeString(fleet.resolve("zz-not-a-recording.jfr"), "<html>not a recording</html>");
        Files.writeString(fleet.resolve("notes.txt"), "not a recording's name, left out");
    }

    @Test
    void theSparkJobWritesTheFleetReportJboundFleetWritesOnTheSameFiles() throws IOException {
        Path byJbound = dir.resolve("jbound.json");
        Path bySpark = dir.resolve("spark.json");
        Path page = dir.resolve("spark.html");

        Cli.Result local = Cli.jbound("fleet", fleet.toString(), "--json", byJbound.toString());
        Run spark = Run.of(localOnTwoCores(), "file://" + fleet, "--json", bySpark.toString(), "--html", page.toString());

        assertEquals(0, local.status(), local.err());
        assertEquals(0, spark.status(), spark.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(byJbound.toFile());
        JsonNode actual = json.readTree(bySpark.toFile());
        assertEquals(expected, actual);
        assertEquals(9, actual.path("recordings").size(), "six copies, the gzip and the two unreadable files: " + actual.path("recordings"));
        assertEquals(7, actual.path("recordings").findValues("verdict").stream().filter(v -> !v.isNull()).count());
        assertTrue(actual.path("recordings").get(7).path("error").asText().startsWith(fleet.resolve("truncated.jfr") + ": "),
                actual.path("recordings").get(7).toString());
        assertTrue(actual.path("lockSites").size() > 0, actual.path("lockSites").toString());
        assertEquals(3, actual.path("services").size(), actual.path("services").toString());
        assertTrue(Files.readString(page).contains("jbound — 9 recordings"), "the fleet's page");
        assertTrue(spark.out().contains("9 recordings (7 read, 2 unreadable)"), spark.out());
    }

    @Test
    void recordingsOnAnotherFileSystemAreCopiedToBeReadAndGlobsPickTheirFiles() throws IOException {
        Path bySpark = dir.resolve("elsewhere.json");
        SparkConf conf = localOnTwoCores().set("spark.hadoop.fs.elsewhere.impl", ElsewhereFileSystem.class.getName());

        Run spark = Run.of(conf, "elsewhere://" + fleet + "/*-a.jfr", "elsewhere://" + fleet + "/no-such-*.jfr", "--json", bySpark.toString());

        assertEquals(0, spark.status(), spark.err());
        JsonNode rows = new ObjectMapper().readTree(bySpark.toFile()).path("recordings");
        assertEquals(4, rows.size(), rows.toString());
        for (int i = 0; i < 3; i++) {
            assertTrue(rows.get(i).path("file").asText().startsWith("elsewhere:"), rows.get(i).toString());
            assertNotNull(rows.get(i).get("verdict").textValue(), rows.get(i).toString());
        }
        assertTrue(rows.get(3).path("error").asText().contains("no such file"), rows.get(3).toString());
    }

    @Test
    void whenNoRecordingCanBeReadTheJobSaysSoInOneLineAsJboundDoes() {
        Run spark = Run.of(localOnTwoCores(), fleet.resolve("zz-not-a-recording.jfr").toString());

        assertEquals(3, spark.status(), spark.out());
        assertEquals(1, spark.err().lines().filter(l -> l.startsWith("jbound: ")).count(), spark.err());
        assertTrue(spark.err().contains("none of the 1 recordings could be read"), spark.err());
    }

    private static SparkConf localOnTwoCores() {
        return new SparkConf().setMaster("local[2]").setAppName("jbound fleet test").set("spark.ui.enabled", "false");
    }

    private record Run(int status, String out, String err) {
        static Run of(SparkConf conf, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = SparkFleet.run(args, conf, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** This machine's files under another scheme, as an object store's are: the job must copy them to read them. */
    public static final class ElsewhereFileSystem extends RawLocalFileSystem {
        @Override
        public URI getUri() {
            return URI.create("elsewhere:///");
        }

        @Override
        public String getScheme() {
            return "elsewhere";
        }
    }
}
