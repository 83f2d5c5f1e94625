package jbound;

import java.nio.file.Path;

import jbound.diagnosis.Diagnoser;
import jbound.profile.ApplicationCode;
import jbound.profile.Profile;
import jbound.profile.ProfileBuilder;
import jbound.recording.ReadProgress;
import jbound.recording.RecordingInput;
import jbound.recording.RecordingReader;
import jbound.recording.UnreadableRecordingException;

/** The pipeline, left to right: read the recording, attribute its events, diagnose. */
public final class Analyzer {

    private Analyzer() {
    }

    public static Analysis analyze(Path recording, ApplicationCode applicationCode) throws UnreadableRecordingException {
        return analyze(recording, applicationCode, false);
    }

    /** @param includeEnvironment read the recorded environment (masked); recordings carry secrets there */
    public static Analysis analyze(Path recording, ApplicationCode applicationCode, boolean includeEnvironment)
            throws UnreadableRecordingException {
        return analyze(recording, applicationCode, includeEnvironment, ReadProgress.NONE);
    }

    public static Analysis analyze(Path recording, ApplicationCode applicationCode, boolean includeEnvironment, ReadProgress progress)
            throws UnreadableRecordingException {
        try (RecordingInput input = RecordingInput.open(recording)) {
            RecordingReader reader = new RecordingReader(includeEnvironment);
            ProfileBuilder builder = new ProfileBuilder(applicationCode, reader.methods(), reader.threads());
            reader.read(input, builder, progress);
            Profile profile = builder.build(input, reader.eventCounts());
            return new Analysis(profile, Diagnoser.diagnose(profile));
        }
    }
}
