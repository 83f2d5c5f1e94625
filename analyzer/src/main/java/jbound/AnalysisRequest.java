package jbound;

import jbound.diagnosis.HotspotSpeedup;
import jbound.profile.ApplicationCode;
import jbound.recording.ReadProgress;
import jbound.recording.UnpackLimit;

/**
 * How to analyze a recording: the one way every command and test asks {@link Analyzer}. Start from
 * {@link #of(ApplicationCode)} and change what differs.
 *
 * @param applicationCode    which methods are the application's
 * @param includeEnvironment read the recorded environment (masked); recordings carry secrets there
 * @param progress           told as the recording's bytes are read
 * @param parallelism        how many threads may read segments at once; 1 reads them in one pass
 * @param unpackLimit        how far a compressed recording may unpack on disk
 * @param speedup            how much faster a hotspot can be made, for its prediction
 */
public record AnalysisRequest(ApplicationCode applicationCode, boolean includeEnvironment, ReadProgress progress, int parallelism,
                              UnpackLimit unpackLimit, HotspotSpeedup speedup) {

    public AnalysisRequest {
        if (parallelism < 1) {
            throw new IllegalArgumentException("at least one reading thread: " + parallelism);
        }
    }

    /** The environment left out, no progress, all cores, the default unpack limit, the documented ladder's speed-up. */
    public static AnalysisRequest of(ApplicationCode applicationCode) {
        return new AnalysisRequest(applicationCode, false, ReadProgress.NONE, Runtime.getRuntime().availableProcessors(), UnpackLimit.DEFAULT,
                HotspotSpeedup.DOCUMENTED_LADDER);
    }

    public AnalysisRequest withEnvironment(boolean include) {
        return new AnalysisRequest(applicationCode, include, progress, parallelism, unpackLimit, speedup);
    }

    public AnalysisRequest withProgress(ReadProgress told) {
        return new AnalysisRequest(applicationCode, includeEnvironment, told, parallelism, unpackLimit, speedup);
    }

    public AnalysisRequest onThreads(int threads) {
        return new AnalysisRequest(applicationCode, includeEnvironment, progress, threads, unpackLimit, speedup);
    }

    public AnalysisRequest unpackingAtMost(UnpackLimit limit) {
        return new AnalysisRequest(applicationCode, includeEnvironment, progress, parallelism, limit, speedup);
    }

    public AnalysisRequest withSpeedup(HotspotSpeedup k) {
        return new AnalysisRequest(applicationCode, includeEnvironment, progress, parallelism, unpackLimit, k);
    }
}
