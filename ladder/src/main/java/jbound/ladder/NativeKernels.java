package jbound.ladder;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import jbound.ladder.bindings.JboundKernels;

/**
 * The one hand-written caller of the jextract-generated bindings. The bindings look symbols up
 * in the class loader, so this facade decides where the library comes from and loads it before
 * first use: {@code -Djbound.native=PATH} if given, else the copy shipped in the jar for this
 * platform, extracted to a temporary file. Heap arrays are passed through handles made with
 * {@code Linker.Option.critical(true)} from the bindings' own addresses and descriptors.
 */
public final class NativeKernels {

    /** The system property that names a library to use instead of the shipped one. */
    public static final String LIBRARY_PROPERTY = "jbound.native";
    static final String LIBRARY_NAME = "libjboundkernels.so";

    private static final Availability AVAILABILITY = load();

    /** Whether the library loaded, and if not, why — in one line for the user. */
    public record Availability(boolean loaded, String message) {
    }

    private NativeKernels() {
    }

    public static Availability availability() {
        return AVAILABILITY;
    }

    /** The platform directory the jar keeps libraries in, such as {@code linux-x86_64}. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux") ? "linux"
                : System.getProperty("os.name").toLowerCase(Locale.ROOT).replace(' ', '_');
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
        return os + "-" + arch;
    }

    private static Availability load() {
        String override = System.getProperty(LIBRARY_PROPERTY);
        try {
            Path library;
            if (override != null && !override.isBlank()) {
                library = Path.of(override).toAbsolutePath();
                if (!Files.isRegularFile(library)) {
                    return new Availability(false, "native kernels not loaded: -D" + LIBRARY_PROPERTY + "=" + override + " is not a file");
                }
            } else {
                library = extractShipped();
                if (library == null) {
                    return new Availability(false, "native kernels not loaded: this jar has none for " + platform()
                            + " (build them with 'make native' on this platform); running the Java rungs only");
                }
            }
            System.load(library.toString());
            return new Availability(true, "native kernels loaded from " + (override != null ? library : "the jar (" + platform() + ")"));
        } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
            return new Availability(false, "native kernels not loaded: " + e.getMessage() + "; running the Java rungs only");
        }
    }

    private static Path extractShipped() throws IOException {
        String resource = "/jbound/native/" + platform() + "/" + LIBRARY_NAME;
        try (InputStream in = NativeKernels.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Path copy = Files.createTempFile("jbound-kernels-", ".so");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }

    private static void requireLoaded() {
        if (!AVAILABILITY.loaded()) {
            throw new IllegalStateException(AVAILABILITY.message());
        }
    }

    // ---- calls on off-heap segments, through the generated bindings ----------------------------

    public static double sumOfSquares(MemorySegment values, long n) {
        requireLoaded();
        return JboundKernels.jb_sum_of_squares(values, n);
    }

    public static double sumOfSquaresScalar(MemorySegment values, long n) {
        requireLoaded();
        return JboundKernels.jb_sum_of_squares_scalar(values, n);
    }

    public static void blur3x3(MemorySegment src, MemorySegment dst, int width, int height) {
        requireLoaded();
        JboundKernels.jb_blur3x3(src, dst, width, height);
    }

    public static void blur3x3Scalar(MemorySegment src, MemorySegment dst, int width, int height) {
        requireLoaded();
        JboundKernels.jb_blur3x3_scalar(src, dst, width, height);
    }

    public static double streamRead(MemorySegment values, long n) {
        requireLoaded();
        return JboundKernels.jb_stream_read(values, n);
    }

    public static void noop() {
        requireLoaded();
        JboundKernels.jb_noop();
    }

    // ---- calls on heap arrays, critical -----------------------------------------------------------

    /** Handles that may take heap segments; made on first use, after the library is loaded. */
    private static final class Critical {
        static final MethodHandle SUM_OF_SQUARES = critical(JboundKernels.jb_sum_of_squares$address(), JboundKernels.jb_sum_of_squares$descriptor());
        static final MethodHandle BLUR = critical(JboundKernels.jb_blur3x3$address(), JboundKernels.jb_blur3x3$descriptor());
        static final MethodHandle NOOP = critical(JboundKernels.jb_noop$address(), JboundKernels.jb_noop$descriptor());

        private static MethodHandle critical(MemorySegment address, FunctionDescriptor descriptor) {
            return Linker.nativeLinker().downcallHandle(address, descriptor, Linker.Option.critical(true));
        }
    }

    public static double sumOfSquaresCritical(double[] values) {
        requireLoaded();
        try {
            return (double) Critical.SUM_OF_SQUARES.invokeExact(MemorySegment.ofArray(values), (long) values.length);
        } catch (Throwable t) {
            throw new AssertionError("native call failed", t);
        }
    }

    public static void blur3x3Critical(float[] src, float[] dst, int width, int height) {
        requireLoaded();
        try {
            Critical.BLUR.invokeExact(MemorySegment.ofArray(src), MemorySegment.ofArray(dst), width, height);
        } catch (Throwable t) {
            throw new AssertionError("native call failed", t);
        }
    }

    public static void noopCritical() {
        requireLoaded();
        try {
            Critical.NOOP.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError("native call failed", t);
        }
    }
}
