package jbound.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jbound.samples.SampleArgs;

/**
 * An I/O-bound program already on virtual threads: {@value #CLIENTS} virtual threads, each on a
 * kept-alive connection to the samples' slow backend (a child JVM answering after
 * {@value #REPLY_DELAY_MILLIS} ms). Its waits already overlap; advice to move them onto virtual
 * threads would be advice it has taken. Takes the samples' {@code --seconds S} (and ignores {@code --dir}).
 */
public final class VirtualClients {

    static final int CLIENTS = 200;
    static final long REPLY_DELAY_MILLIS = 50;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        Process backend = startBackend();
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(backend.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine().trim());
            long replies = 0;
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Long>> each = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    each.add(clients.submit(() -> fetchUntil(deadline, port)));
                }
                for (Future<Long> f : each) {
                    replies += f.get();
                }
            }
            System.out.println("virtual-clients: " + replies + " replies");
        } finally {
            backend.destroy();
        }
    }

    static long fetchUntil(long deadline, int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            long replies = 0;
            while (System.nanoTime() < deadline) {
                out.write("64\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (in.readLine() == null) {
                    break;
                }
                replies++;
            }
            return replies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process startBackend() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "jbound.samples.SlowServer", Long.toString(REPLY_DELAY_MILLIS));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }
}
