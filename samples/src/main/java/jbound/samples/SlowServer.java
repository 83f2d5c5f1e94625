package jbound.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback backend that answers slowly, as a remote service would: each request is a line
 * holding how many bytes of comma-separated numbers to send back; the reply comes after a
 * fixed delay, as one line. The samples run it in a JVM of its own ({@link Backend}), so the
 * recording of a sample shows only the client's side, as a recording of a real service would.
 */
public final class SlowServer implements AutoCloseable {

    /** Serves until killed; prints the port it listens on as the first line of its output. */
    public static void main(String[] args) throws Exception {
        long delayMillis = Long.parseLong(args[0]);
        try (SlowServer server = new SlowServer(delayMillis)) {
            System.out.println(server.port());
            System.out.flush();
            Thread.currentThread().join();
        }
    }

    private final ServerSocket listener;
    private final long replyDelayMillis;

    SlowServer(long replyDelayMillis) throws IOException {
        this.replyDelayMillis = replyDelayMillis;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptLoop, "slow-server-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                Thread handler = new Thread(() -> serve(connection), "slow-server-handler");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = connection.getOutputStream();
            String request;
            while ((request = in.readLine()) != null) {
                Thread.sleep(replyDelayMillis);
                out.write(reply(Integer.parseInt(request.trim())));
                out.flush();
            }
        } catch (IOException | InterruptedException clientWentAway) {
            // The sample is ending; nothing to report.
        }
    }

    static byte[] reply(int size) {
        StringBuilder text = new StringBuilder(size + 16);
        long x = 12345;
        while (text.length() < size) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            text.append((x >>> 40) % 100000).append('.').append((x >>> 20) % 1000).append(',');
        }
        text.append('\n');
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
