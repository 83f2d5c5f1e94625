package jbound.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP backend that answers every request after {@code args[0]} milliseconds, as a
 * slow remote service would. Run in a JVM of its own ({@link ChildServer}), so that the recording
 * of a client shows only the client's side. Prints its port as the first line, serves until killed.
 */
public final class SlowHttpServer {

    public static void main(String[] args) throws Exception {
        long delayMillis = Long.parseLong(args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(64));
        byte[] body = "{\"quote\":42.5}\n".getBytes(StandardCharsets.US_ASCII);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                Thread.sleep(delayMillis);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientWentAway) {
                // the client is ending
            }
        });
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
