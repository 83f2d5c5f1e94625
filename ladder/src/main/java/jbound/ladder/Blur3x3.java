package jbound.ladder;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import java.util.stream.IntStream;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A 3×3 box blur over a grayscale {@code float} image, edges repeated: a compute-heavier kernel
 * from image processing (nine loads and additions per pixel). Every rung adds the nine
 * neighbours in the same order, so results must agree to within a millionth (they are equal
 * bit for bit unless a compiler fuses operations).
 */
public final class Blur3x3 implements LadderKernel {

    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final float NINTH = 1.0f / 9.0f;

    @Override
    public String name() {
        return "blur-3x3";
    }

    @Override
    public int bytesPerElement() {
        return 2 * Float.BYTES;
    }

    @Override
    public Input prepare(int n, long seed) {
        int width = Math.max(1, (int) Math.ceil(Math.sqrt(n)));
        int height = n == 0 ? 0 : Math.max(1, n / width);
        float[] pixels = new float[width * height];
        Random random = new Random(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat() * 255f;
        }
        return new Image(pixels, width, height);
    }

    /** An image of given pixels, for tests of edge cases. */
    public static Image of(float[] pixels, int width, int height) {
        return new Image(pixels.clone(), width, height);
    }

    static float[][] naive(float[][] image) {
        int height = image.length;
        float[][] out = new float[height][];
        for (int y = 0; y < height; y++) {
            int width = image[y].length;
            out[y] = new float[width];
            for (int x = 0; x < width; x++) {
                float sum = 0f;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = Math.min(height - 1, Math.max(0, y + dy));
                        int xx = Math.min(width - 1, Math.max(0, x + dx));
                        sum += image[yy][xx];
                    }
                }
                out[y][x] = sum * NINTH;
            }
        }
        return out;
    }

    static void primitive(float[] src, float[] dst, int width, int height) {
        for (int y = 0; y < height; y++) {
            primitiveRow(src, dst, width, height, y);
        }
    }

    private static void primitiveRow(float[] src, float[] dst, int width, int height, int y) {
        int up = Math.max(0, y - 1) * width;
        int mid = y * width;
        int down = Math.min(height - 1, y + 1) * width;
        dst[mid] = edge(src, up, mid, down, width, 0);
        for (int x = 1; x < width - 1; x++) {
            dst[mid + x] = (src[up + x - 1] + src[up + x] + src[up + x + 1] + src[mid + x - 1] + src[mid + x]
                    + src[mid + x + 1] + src[down + x - 1] + src[down + x] + src[down + x + 1]) * NINTH;
        }
        if (width > 1) {
            dst[mid + width - 1] = edge(src, up, mid, down, width, width - 1);
        }
    }

    private static float edge(float[] src, int up, int mid, int down, int width, int x) {
        int l = Math.max(0, x - 1);
        int r = Math.min(width - 1, x + 1);
        return (src[up + l] + src[up + x] + src[up + r] + src[mid + l] + src[mid + x] + src[mid + r]
                + src[down + l] + src[down + x] + src[down + r]) * NINTH;
    }

    static void vector(float[] src, float[] dst, int width, int height, int fromRow, int toRow) {
        for (int y = fromRow; y < toRow; y++) {
            int up = Math.max(0, y - 1) * width;
            int mid = y * width;
            int down = Math.min(height - 1, y + 1) * width;
            dst[mid] = edge(src, up, mid, down, width, 0);
            int x = 1;
            int step = SPECIES.length();
            for (; x + step <= width - 1; x += step) {
                FloatVector sum = FloatVector.fromArray(SPECIES, src, up + x - 1)
                        .add(FloatVector.fromArray(SPECIES, src, up + x))
                        .add(FloatVector.fromArray(SPECIES, src, up + x + 1))
                        .add(FloatVector.fromArray(SPECIES, src, mid + x - 1))
                        .add(FloatVector.fromArray(SPECIES, src, mid + x))
                        .add(FloatVector.fromArray(SPECIES, src, mid + x + 1))
                        .add(FloatVector.fromArray(SPECIES, src, down + x - 1))
                        .add(FloatVector.fromArray(SPECIES, src, down + x))
                        .add(FloatVector.fromArray(SPECIES, src, down + x + 1));
                sum.mul(NINTH).intoArray(dst, mid + x);
            }
            for (; x < width - 1; x++) {
                dst[mid + x] = (src[up + x - 1] + src[up + x] + src[up + x + 1] + src[mid + x - 1] + src[mid + x]
                        + src[mid + x + 1] + src[down + x - 1] + src[down + x] + src[down + x + 1]) * NINTH;
            }
            if (width > 1) {
                dst[mid + width - 1] = edge(src, up, mid, down, width, width - 1);
            }
        }
    }

    static void parallel(float[] src, float[] dst, int width, int height) {
        int parts = Math.max(1, Math.min(height / 8, Runtime.getRuntime().availableProcessors() * 4));
        IntStream.range(0, parts).parallel().forEach(p ->
                vector(src, dst, width, height, (int) ((long) height * p / parts), (int) ((long) height * (p + 1) / parts)));
    }

    /** The image on the heap (flat and as rows) and off it, with its reference blur. */
    public static final class Image implements Input {
        private final int width;
        private final int height;
        private final float[] src;
        private final float[][] rows;
        private final float[] dst;
        private final Arena arena = Arena.ofConfined();
        private final MemorySegment srcOffHeap;
        private final MemorySegment dstOffHeap;
        private final float[] reference;

        Image(float[] pixels, int width, int height) {
            this.width = width;
            this.height = height;
            this.src = pixels;
            this.rows = new float[height][];
            for (int y = 0; y < height; y++) {
                rows[y] = java.util.Arrays.copyOfRange(pixels, y * width, (y + 1) * width);
            }
            this.dst = new float[pixels.length];
            long bytes = Math.max(1, (long) pixels.length * Float.BYTES);
            srcOffHeap = arena.allocate(bytes, 64);
            dstOffHeap = arena.allocate(bytes, 64);
            MemorySegment.copy(pixels, 0, srcOffHeap, ValueLayout.JAVA_FLOAT, 0, pixels.length);
            float[][] blurred = naive(rows);
            reference = new float[pixels.length];
            for (int y = 0; y < height; y++) {
                System.arraycopy(blurred[y], 0, reference, y * width, width);
            }
        }

        @Override
        public int elements() {
            return src.length;
        }

        @Override
        public Object run(Rung rung) {
            switch (rung) {
                case NAIVE -> {
                    return naive(rows);
                }
                case PRIMITIVE -> primitive(src, dst, width, height);
                case VECTOR -> vector(src, dst, width, height, 0, height);
                case NATIVE -> {
                    NativeKernels.blur3x3(srcOffHeap, dstOffHeap, width, height);
                    return dstOffHeap;
                }
                case NATIVE_CRITICAL -> NativeKernels.blur3x3Critical(src, dst, width, height);
                case PARALLEL -> parallel(src, dst, width, height);
            }
            return dst;
        }

        /** The scalar C build's result, for comparing the two native builds. */
        public float[] nativeScalar() {
            NativeKernels.blur3x3Scalar(srcOffHeap, dstOffHeap, width, height);
            return dstOffHeap.toArray(ValueLayout.JAVA_FLOAT);
        }

        @Override
        public boolean matchesReference(Object result) {
            float[] pixels = switch (result) {
                case float[] flat -> flat;
                case float[][] rowsOut -> flatten(rowsOut);
                case MemorySegment segment -> segment.asSlice(0, (long) src.length * Float.BYTES).toArray(ValueLayout.JAVA_FLOAT);
                default -> throw new IllegalArgumentException("not an image: " + result);
            };
            return agrees(pixels, reference);
        }

        static boolean agrees(float[] pixels, float[] reference) {
            if (pixels.length != reference.length) {
                return false;
            }
            for (int i = 0; i < pixels.length; i++) {
                float r = reference[i];
                float p = pixels[i];
                if (Float.isNaN(r) ? !Float.isNaN(p) : Math.abs(p - r) > 1e-6f * Math.max(1f, Math.abs(r)) && p != r) {
                    return false;
                }
            }
            return true;
        }

        private float[] flatten(float[][] image) {
            float[] flat = new float[src.length];
            for (int y = 0; y < image.length; y++) {
                System.arraycopy(image[y], 0, flat, y * width, width);
            }
            return flat;
        }

        @Override
        public void close() {
            arena.close();
        }
    }
}
