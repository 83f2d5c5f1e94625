package jbound.fleet.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import jbound.Analyzer;
import jbound.cli.FleetEngine;
import jbound.cli.Main;
import jbound.recording.UnreadableRecordingException;
import jbound.report.FleetReport;
import jbound.report.FleetSums;

/**
 * {@code jbound fleet} as a Spark job: the recordings a Hadoop path or glob names ({@code file://},
 * {@code hdfs://}, {@code s3a://} with hadoop-aws on the class path) are each analyzed on an
 * executor by jbound's own {@link Analyzer}, and their {@link FleetSums} are added up by Spark's
 * tree reduce; the driver writes the same report, JSON and HTML as {@code jbound fleet} does.
 * The master is spark-submit's, or {@code local[*]} where none is set. A recording that cannot be
 * read is a row with its reason; it never fails the job.
 */
public final class SparkFleet implements FleetEngine {

    /** Where the master is not set (by spark-submit, or -Dspark.master=…): every core of this machine. */
    static final String DEFAULT_MASTER = "local[*]";

    private final SparkConf conf;
    /** Where the job says how long Spark took, apart from the report (stderr). */
    private final PrintStream err;

    public SparkFleet(SparkConf conf, PrintStream err) {
        this.conf = conf;
        this.err = err;
    }

    /** {@code jbound-spark PATH-OR-GLOB ... [--json OUT] [--html OUT] [--top N] ...}: {@code jbound fleet}'s options. */
    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "jbound fleet").setIfMissing("spark.master", DEFAULT_MASTER)
                .setIfMissing("spark.ui.enabled", "false");
        System.exit(run(args, conf, System.out, System.err));
    }

    /** Runs {@code jbound fleet} with these arguments on Spark; returns its exit status (the same as jbound's). */
    static int run(String[] args, SparkConf conf, PrintStream out, PrintStream err) {
        String[] fleet = new String[args.length + 1];
        fleet[0] = "fleet";
        System.arraycopy(args, 0, fleet, 1, args.length);
        return Main.run(fleet, out, err, new SparkFleet(conf, err));
    }

    @Override
    public String names() {
        return "PATH-OR-GLOB ... (file://, hdfs://, s3a://; a directory's .jfr and .jfr.gz files)";
    }

    @Override
    public Found find(List<String> names) throws UnreadableRecordingException, IOException {
        Configuration hadoop = hadoopConfiguration(conf);
        List<String> recordings = new ArrayList<>();
        List<java.nio.file.Path> local = new ArrayList<>();
        for (String name : names) {
            List<FileStatus> found = expanded(name, hadoop);
            if (found.isEmpty()) {
                recordings.add(name); // its row says there is no such file, as jbound fleet's would
                continue;
            }
            for (FileStatus file : found) {
                String shown = shown(file.getPath(), hadoop);
                recordings.add(shown);
                if (isLocal(file.getPath(), hadoop)) {
                    local.add(java.nio.file.Path.of(shown));
                }
            }
        }
        return new Found(recordings, local);
    }

    /** The files a name stands for: a glob's matches, a directory's recordings (sorted), or the file itself; none where nothing matches. */
    private static List<FileStatus> expanded(String name, Configuration hadoop) throws UnreadableRecordingException, IOException {
        Path path = new Path(name);
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null) {
            return List.of();
        }
        List<FileStatus> files = new ArrayList<>();
        for (FileStatus match : sortedByPath(matches)) {
            if (!match.isDirectory()) {
                files.add(match);
                continue;
            }
            List<FileStatus> inside = sortedByPath(fs.listStatus(match.getPath())).stream()
                    .filter(f -> f.isFile() && FleetEngine.isRecordingName(f.getPath().getName())).toList();
            if (inside.isEmpty()) {
                throw new UnreadableRecordingException(shown(match.getPath(), hadoop), EMPTY_DIRECTORY);
            }
            files.addAll(inside);
        }
        return files;
    }

    private static List<FileStatus> sortedByPath(FileStatus[] statuses) {
        return Arrays.stream(statuses).sorted(Comparator.comparing(s -> s.getPath().toString())).toList();
    }

    /** A file of this machine by its path, as jbound fleet names it; any other by its URI. */
    private static String shown(Path path, Configuration hadoop) throws IOException {
        return isLocal(path, hadoop) ? path.toUri().getPath() : path.toString();
    }

    /** Whether the path is on this machine's file system, which jdk.jfr reads in place. */
    private static boolean isLocal(Path path, Configuration hadoop) throws IOException {
        return "file".equals(path.getFileSystem(hadoop).getScheme());
    }

    @Override
    public FleetSums sum(Found found, Scope scope) {
        long started = System.nanoTime();
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            long ready = System.nanoTime();
            Broadcast<Map<String, String>> hadoop = spark.broadcast(settings(spark.hadoopConfiguration()));
            int slices = Math.max(1, Math.min(found.recordings().size(), TASKS_PER_CORE * spark.defaultParallelism()));
            FleetSums sums = spark.parallelize(found.recordings(), slices)
                    .mapPartitions(names -> {
                        Configuration settings = configuration(hadoop.value());
                        FleetSums part = new FleetSums();
                        names.forEachRemaining(name -> part.add(FleetSums.of(analyze(name, scope, settings))));
                        return List.of(part).iterator();
                    })
                    .treeReduce(FleetSums::add);
            double seconds = (System.nanoTime() - ready) / 1e9;
            err.printf(Locale.ROOT, "jbound-spark: %d recordings read and summed on %s in %.1f s (%.1f recordings/s; Spark started in %.1f s)%n",
                    found.recordings().size(), spark.master(), seconds, found.recordings().size() / seconds, (ready - started) / 1e9);
            return sums.orderedAs(found.recordings());
        }
    }

    /**
     * Tasks per core of the job: a few, so that a core whose recordings were small takes another
     * task while one with a large recording reads on; not one per recording, whose scheduling and
     * results (each a recording's sums, serialized to the driver) cost more than a small recording's
     * analysis (measured: 960 recordings of 320 kB in 960 tasks ran 1.07 times faster on two cores
     * than on one).
     */
    static final int TASKS_PER_CORE = 4;

    /**
     * One recording, read where the task runs: in place where it is a file of this machine, else
     * copied to a temporary file first (jdk.jfr reads files, not streams) and removed after.
     */
    static FleetReport.Input analyze(String name, FleetEngine.Scope scope, Configuration hadoop) {
        java.nio.file.Path copy = null;
        try {
            Path path = new Path(name);
            java.nio.file.Path file;
            if (isLocal(path, hadoop)) {
                file = java.nio.file.Path.of(path.toUri().getPath());
            } else {
                copy = Files.createTempFile("jbound-fleet-", name.endsWith(".gz") ? ".jfr.gz" : ".jfr");
                try (InputStream in = path.getFileSystem(hadoop).open(path)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                file = copy;
            }
            return new FleetReport.Input(name, Analyzer.analyze(file, scope.request(1)), null);
        } catch (UnreadableRecordingException e) {
            return unreadable(name, e.problem());
        } catch (FileNotFoundException e) {
            return unreadable(name, "no such file");
        } catch (IOException e) {
            return unreadable(name, "cannot be read from its file system: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // One hostile file must not fail the job of a thousand: its row says so, the others still count.
            return unreadable(name, "jbound could not analyze it (" + e + "); please report it");
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // the temporary directory's own cleaning removes it
                }
            }
        }
    }

    private static FleetReport.Input unreadable(String name, String problem) {
        return new FleetReport.Input(name, null, name + ": " + problem);
    }

    /** Hadoop's settings from its files on the class path and the job's {@code spark.hadoop.*} settings, as Spark makes them. */
    private static Configuration hadoopConfiguration(SparkConf conf) {
        Configuration hadoop = new Configuration();
        for (scala.Tuple2<String, String> setting : conf.getAllWithPrefix("spark.hadoop.")) {
            hadoop.set(setting._1(), setting._2());
        }
        return hadoop;
    }

    /** The driver's Hadoop settings (file systems, credentials providers), for the executors' file systems to match. */
    private static Map<String, String> settings(Configuration hadoop) {
        Map<String, String> settings = new HashMap<>();
        hadoop.forEach(e -> settings.put(e.getKey(), e.getValue()));
        return settings;
    }

    private static Configuration configuration(Map<String, String> settings) {
        Configuration hadoop = new Configuration(false);
        settings.forEach(hadoop::set);
        return hadoop;
    }
}
