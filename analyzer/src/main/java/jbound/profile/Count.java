package jbound.profile;

/** A running count that a reader keeps, such as the stacks it found truncated. */
final class Count implements Merging<Count> {

    private long value;

    void add(long n) {
        value += n;
    }

    long value() {
        return value;
    }

    @Override
    public void merge(Count other, Remap numbers) {
        value += other.value;
    }
}
