package jbound.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One kept-alive connection to the {@link SlowServer}: send a request line, wait for the reply. */
final class BackendClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    BackendClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII), 1 << 16);
        out = socket.getOutputStream();
    }

    String request(int replyBytes) throws IOException {
        out.write((replyBytes + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String reply = in.readLine();
        if (reply == null) {
            throw new IOException("backend closed the connection");
        }
        return reply;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
