package jbound.ladder;

/** The steps of the optimization ladder, in the order a user climbs them. */
public enum Rung {
    /** As people first write it: boxed streams, or 2-D arrays with a bounds check on every neighbour. */
    NAIVE("naive"),
    /** A plain loop over a primitive array. */
    PRIMITIVE("primitive"),
    /** The Vector API at the machine's preferred width. */
    VECTOR("vector"),
    /** The C kernel through FFM, on off-heap memory. */
    NATIVE("native"),
    /** The C kernel through FFM on the heap array itself, with {@code Linker.Option.critical(true)}. */
    NATIVE_CRITICAL("native-critical"),
    /** The vectorized Java kernel split across all cores. */
    PARALLEL("parallel");

    private final String label;

    Rung(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isNative() {
        return this == NATIVE || this == NATIVE_CRITICAL;
    }
}
