package jbound.recording;

/**
 * How many bytes a gzip-compressed recording may unpack to on disk before jbound stops: a few
 * megabytes of gzip can hold gigabytes of zeros.
 *
 * @param maxBytes the bound the user set, or 0 for the default rule
 */
public record UnpackLimit(long maxBytes) implements java.io.Serializable {

    public static final UnpackLimit DEFAULT = new UnpackLimit(0);
    /**
     * JFR data is already packed (variable-length integers, constant pools): gzip shrinks it about
     * 3 times (measured on the tests' recordings). A file that grows 100 times is not a recording.
     */
    static final long MAX_RATIO = 100;
    /** Small compressed files still get room for any plausible recording they could hold. */
    static final long FLOOR_BYTES = 64L << 20;

    public UnpackLimit {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a negative unpack limit");
        }
    }

    long bytesFor(long compressedBytes) {
        if (maxBytes > 0) {
            return maxBytes;
        }
        return Math.max(FLOOR_BYTES, compressedBytes > Long.MAX_VALUE / MAX_RATIO ? Long.MAX_VALUE : compressedBytes * MAX_RATIO);
    }

    /** The rule in words, for the message that stops an analysis. */
    String describe(long compressedBytes) {
        return maxBytes > 0 ? "the --max-unpacked bound of " + maxBytes + " bytes"
                : "jbound's bound of " + bytesFor(compressedBytes) + " bytes (" + MAX_RATIO + " times the compressed size, at least "
                + (FLOOR_BYTES >> 20) + " MB)";
    }
}
