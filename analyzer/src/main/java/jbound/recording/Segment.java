package jbound.recording;

import java.nio.file.Path;
import java.util.List;

/**
 * Consecutive chunks of one recording, in a file of their own that the JDK's parser reads
 * alone. Most files are one segment (the original file itself); a file that concatenates
 * recordings of several JVMs is several.
 *
 * @param index where the segment stands in the input, from 0; keeps threads of different JVMs apart
 */
public record Segment(int index, Path file, List<ChunkHeader> chunks) {

    public long bytes() {
        return chunks.getLast().end() - chunks.getFirst().offset();
    }
}
