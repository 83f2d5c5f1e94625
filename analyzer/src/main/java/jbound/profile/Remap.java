package jbound.profile;

/**
 * How the numbers one reader gave methods and threads map into another's tables, where their
 * parts are merged: {@code methods[n]} is the other's number for method {@code n}.
 */
record Remap(int[] methods, int[] threads) {

    /** The method's number in the merged tables; a negative number (no method) stays as it is. */
    int method(int number) {
        return number < 0 ? number : methods[number];
    }

    /** The thread's number in the merged tables; a negative number (no thread) stays as it is. */
    int thread(int number) {
        return number < 0 ? number : threads[number];
    }
}
