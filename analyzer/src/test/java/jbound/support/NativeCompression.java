package jbound.support;

import java.util.Random;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;

import jbound.samples.SampleArgs;

/**
 * One thread compressing a buffer again and again with lz4-java's JNI binding (LZ4 high
 * compression, in the native library its jar ships) at its highest level: its time is in a JNI
 * method, and on CPU there. Takes the samples' {@code --seconds S} (and ignores {@code --dir}).
 */
public final class NativeCompression {

    static final int LEVEL = 17;

    public static void main(String[] args) {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        LZ4Compressor compressor = LZ4Factory.nativeInstance().highCompressor(LEVEL);
        byte[] data = compressible(4 << 20);
        byte[] out = new byte[compressor.maxCompressedLength(data.length)];
        long compressedBytes = 0;
        int rounds = 0;
        while (System.nanoTime() < deadline) {
            compressedBytes += compressor.compress(data, 0, data.length, out, 0, out.length);
            rounds++;
        }
        System.out.println("native-compression: " + rounds + " rounds, " + compressedBytes + " bytes");
    }

    /** Text-like bytes: words from a small vocabulary, so that the compressor has work to do. */
    static byte[] compressible(int size) {
        Random random = new Random(42);
        String[] words = {"order", "quote", "price", "customer", "shipment", "invoice", "total", "tax", "item", "status"};
        StringBuilder text = new StringBuilder(size + 16);
        while (text.length() < size) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
        }
        return text.substring(0, size).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
