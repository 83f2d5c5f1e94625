package jbound.profile;

/**
 * A part of what a {@link ProfileBuilder} accumulates while reading, which adds another reader's
 * part of the same kind to itself: segments read on several threads merge into what one pass gives.
 * Each part merges itself, so that a field added to one is merged where it is declared.
 */
interface Merging<T extends Merging<T>> {

    /** Adds {@code other}'s part, its method and thread numbers mapped by {@code remap}. */
    void merge(T other, Remap remap);
}
