package jbound.support;

/** A program whose environment, properties and arguments hold secrets; it only waits a moment while it is recorded. */
public final class SecretHolder {

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(500);
    }
}
