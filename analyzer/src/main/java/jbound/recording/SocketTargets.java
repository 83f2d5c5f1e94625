package jbound.recording;

/**
 * Builds the {@code host:port} text of socket events once per distinct target rather than once
 * per event: a busy service talks to a handful of peers over millions of reads and writes. Holds
 * the last few targets seen, so it stays small whatever the recording.
 */
final class SocketTargets {

    private static final int SIZE = 16;
    private final String[] hosts = new String[SIZE];
    private final int[] ports = new int[SIZE];
    private final String[] targets = new String[SIZE];
    private int next;

    String of(String host, int port) {
        for (int i = 0; i < SIZE; i++) {
            if (ports[i] == port && host.equals(hosts[i])) {
                return targets[i];
            }
        }
        String target = host + ":" + port;
        hosts[next] = host;
        ports[next] = port;
        targets[next] = target;
        next = (next + 1) % SIZE;
        return target;
    }
}
