package jbound.recording;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Walks the events of a chunk by their size fields only, before the JDK's parser sees it: an
 * event whose size is zero sends that parser into an endless loop (found by the fuzz test on
 * JDK 25), and one that runs past its chunk reads another chunk's bytes. Costs one pass over
 * the sizes, no decoding.
 */
final class EventFraming {

    /** Chunk header flag: sizes and integers are variable-length encoded. */
    private static final int COMPRESSED_INTEGERS = 1;

    private EventFraming() {
    }

    /** What is wrong with the chunk's framing, or null where every event has a size that fits. */
    static String problemIn(FileChannel channel, long chunkOffset, long chunkSize, int features) throws IOException {
        if (chunkSize > Integer.MAX_VALUE) {
            return null; // one mapping cannot hold it; such chunks are left to the JDK's parser unchecked
        }
        boolean compressed = (features & COMPRESSED_INTEGERS) != 0;
        MappedByteBuffer chunk = channel.map(FileChannel.MapMode.READ_ONLY, chunkOffset, chunkSize);
        long position = ChunkHeader.LENGTH;
        while (position < chunkSize) {
            long size = compressed ? varint(chunk, (int) position, (int) chunkSize) : intAt(chunk, (int) position, (int) chunkSize);
            if (size <= 0) {
                return "corrupt event framing at byte " + (chunkOffset + position) + " (an event of size " + size + ")";
            }
            if (position + size > chunkSize) {
                return "corrupt event framing at byte " + (chunkOffset + position) + " (an event runs past the end of its chunk)";
            }
            position += size;
        }
        return null;
    }

    /** JFR's compressed integer: 7 bits a byte, low first, up to 9 bytes; -1 where it runs off the chunk. */
    private static long varint(MappedByteBuffer buffer, int at, int limit) {
        long value = 0;
        for (int i = 0; i < 9; i++) {
            if (at + i >= limit) {
                return -1;
            }
            int b = buffer.get(at + i) & 0xff;
            if (i == 8) {
                return value | ((long) b << 56);
            }
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return value;
    }

    private static long intAt(MappedByteBuffer buffer, int at, int limit) {
        return at + 4 > limit ? -1 : buffer.getInt(at);
    }
}
