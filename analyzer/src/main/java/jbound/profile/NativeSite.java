package jbound.profile;

/**
 * Native samples of application threads in native code that is neither I/O nor waiting for work
 * (a JNI library: compression, a database engine), by the application method that called it.
 * Whether that time was computing or blocked, each thread's measured CPU tells (see {@link ThreadLedger}).
 *
 * @param method       the first application frame of the samples' stacks
 * @param via          the library beneath it, null where none
 * @param nativeMethod the native method the samples caught, the one with most samples of the row
 */
public record NativeSite(String method, String via, String nativeMethod, long samples) {

    /** "NativeCompression.main(String[]) → lz4-java, in LZ4JNI.LZ4_compressHC(…)". */
    public String describe() {
        return (via == null ? method : method + " → " + via) + ", in " + nativeMethod;
    }
}
