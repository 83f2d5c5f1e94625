package jbound.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
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
        boolean compressed = (features & COMPRESSED_INTEGERS) != 0;
        Window chunk = new Window(channel, chunkOffset, chunkSize);
        long position = ChunkHeader.LENGTH;
        while (position < chunkSize) {
            long size = compressed ? chunk.varint(position) : chunk.intAt(position);
            if (size <= 0) {
                return "corrupt event framing at byte " + (chunkOffset + position) + " (an event of size " + size + ")";
            }
            if (size > chunkSize - position) {
                return "corrupt event framing at byte " + (chunkOffset + position) + " (an event runs past the end of its chunk)";
            }
            position += size;
        }
        return null;
    }

    /**
     * The chunk read through a heap buffer a block at a time: plain reads of the page cache cost
     * less than faulting a mapping in, and the walk only needs a few bytes per event.
     */
    private static final class Window {
        private static final int BLOCK = 1 << 18;
        private final FileChannel channel;
        private final long chunkOffset;
        private final long chunkSize;
        private final ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        private final byte[] bytes = buffer.array();
        private long start = -1;
        private int length;

        Window(FileChannel channel, long chunkOffset, long chunkSize) {
            this.channel = channel;
            this.chunkOffset = chunkOffset;
            this.chunkSize = chunkSize;
        }

        /** Makes bytes from {@code position} on available, up to {@code needed} of them or the chunk's end. */
        private int at(long position, int needed) throws IOException {
            if (start < 0 || position < start || position + Math.min(needed, chunkSize - position) > start + length) {
                buffer.clear();
                buffer.limit((int) Math.min(BLOCK, chunkSize - position));
                int read = 0;
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, chunkOffset + position + buffer.position());
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
                start = position;
                length = read;
            }
            return (int) (position - start);
        }

        /** JFR's compressed integer: 7 bits a byte, low first, up to 9 bytes; -1 where it runs off the chunk. */
        long varint(long position) throws IOException {
            int i = at(position, 9);
            int available = (int) Math.min(9, start + length - position);
            long value = 0;
            for (int k = 0; k < 9; k++) {
                if (k >= available) {
                    return -1;
                }
                int b = bytes[i + k] & 0xff;
                if (k == 8) {
                    return value | ((long) b << 56);
                }
                value |= (long) (b & 0x7f) << (7 * k);
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            return value;
        }

        long intAt(long position) throws IOException {
            int i = at(position, 4);
            if (start + length - position < 4) {
                return -1;
            }
            return ((bytes[i] & 0xffL) << 24) | ((bytes[i + 1] & 0xff) << 16) | ((bytes[i + 2] & 0xff) << 8) | (bytes[i + 3] & 0xff);
        }
    }
}
