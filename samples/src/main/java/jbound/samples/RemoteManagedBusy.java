package jbound.samples;

/** {@link RemoteManaged}, watched over JMX and reading commands, with one worker per core computing. */
public final class RemoteManagedBusy {

    public static void main(String[] args) throws Exception {
        RemoteManaged.run(SampleArgs.parse(args), Runtime.getRuntime().availableProcessors());
        System.out.println("remote-managed-busy: done");
    }
}
