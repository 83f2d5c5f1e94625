package jbound.ladder;

/** A hotspot the ladder can climb: the same computation at every rung, checked against a reference. */
public interface LadderKernel {

    String name();

    /** Bytes of input each element reads, for GB/s. */
    int bytesPerElement();

    /** Input of about {@code n} elements from a seeded generator, with its reference result. */
    Input prepare(int n, long seed);

    /** One size's data, on the heap and off it. */
    interface Input extends AutoCloseable {

        /** The number of elements actually prepared. */
        int elements();

        /** Runs one rung once and returns its result (an array or buffer is reused between calls). */
        Object run(Rung rung);

        /** Whether a rung's result equals the reference, within the kernel's stated tolerance. */
        boolean matchesReference(Object result);

        @Override
        void close();
    }
}
