package jbound.cli;

import org.apache.commons.cli.CommandLine;

import jbound.AnalysisRequest;

/**
 * What analyzing and reporting one recording takes from a command line, read from it once, where
 * the command starts: a mistake in any of them is said before a file is read or a JVM attached.
 *
 * @param request how the recording is analyzed (its progress is the terminal's, added when it is read)
 * @param top     rows per table
 * @param threads whether the terminal lists every thread
 * @param quiet   no progress bar on stderr
 */
record ReportOptions(AnalysisRequest request, int top, boolean threads, boolean quiet) {

    static ReportOptions of(CommandLine line) throws UsageException {
        AnalysisRequest request = AnalysisRequest.of(SharedOptions.applicationCode(line))
                .withEnvironment(line.hasOption("include-environment"))
                .unpackingAtMost(SharedOptions.unpackLimit(line))
                .withSpeedup(SharedOptions.hotspotSpeedup(line));
        return new ReportOptions(request, SharedOptions.top(line), line.hasOption("threads"), line.hasOption("quiet"));
    }
}
