package jbound.cli;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

import jbound.profile.ApplicationCode;
import jbound.recording.UnpackLimit;
import jbound.recording.UnreadableRecordingException;
import jbound.report.FleetSums;

/**
 * Where a fleet's recordings are found, read and summed: on this machine's threads
 * ({@link LocalFleet}), or by an engine such as Spark. {@code jbound fleet}'s options, outputs and
 * exit codes are the same whichever engine reads.
 */
public interface FleetEngine {

    /** Why a directory named as a fleet's input is refused: nothing in it has a recording's name. */
    String EMPTY_DIRECTORY = "a directory with no .jfr or .jfr.gz files";

    /** Whether a file's name is a recording's, as a directory named for a fleet is expanded: .jfr, or gzip's .jfr.gz. */
    static boolean isRecordingName(String fileName) {
        return fileName.endsWith(".jfr") || fileName.endsWith(".jfr.gz");
    }

    /** How the command line names recordings for this engine, for the usage line: "A.jfr B.jfr ... | DIR/". */
    String names();

    /**
     * The recordings the names stand for, directories expanded to their .jfr and .jfr.gz files.
     *
     * @throws UsageException             where a name cannot be a file's name
     * @throws UnreadableRecordingException where a name finds nothing to read (an empty directory)
     */
    Found find(List<String> names) throws UsageException, UnreadableRecordingException, IOException;

    /** Reads every recording found and sums them: a row each, an unreadable one with its one-line reason. */
    FleetSums sum(Found found, Scope scope) throws IOException;

    /**
     * @param recordings as the rows will name them, in the order found
     * @param local      those on this machine's file system, which no output may replace
     */
    record Found(List<String> recordings, List<Path> local) {
        public Found {
            recordings = List.copyOf(recordings);
            local = List.copyOf(local);
        }
    }

    /** What is the application's code and how far a compressed recording may unpack: the same for every recording, sent to where it is read. */
    record Scope(List<String> include, List<String> exclude, UnpackLimit unpackLimit) implements Serializable {
        public Scope {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }

        public ApplicationCode applicationCode() {
            return new ApplicationCode(include, exclude);
        }

        /** How each recording of the fleet is analyzed: on {@code threads} reading threads, the environment never read. */
        public jbound.AnalysisRequest request(int threads) {
            return jbound.AnalysisRequest.of(applicationCode()).unpackingAtMost(unpackLimit).onThreads(threads);
        }
    }
}
