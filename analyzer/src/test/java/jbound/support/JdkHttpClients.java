package jbound.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jbound.samples.SampleArgs;

/**
 * {@value #CLIENTS} threads that each call a slow HTTP backend ({@value #DELAY_MILLIS} ms a reply)
 * through the JDK's {@code HttpClient.send}: the caller parks in a future while the client's
 * selector thread does the socket I/O, so no socket event is the caller's. I/O-bound by how it
 * waits, with next to no computing. Takes the samples' {@code --seconds S} (and ignores {@code --dir}).
 */
public final class JdkHttpClients {

    static final int CLIENTS = 8;
    static final long DELAY_MILLIS = 30;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        long replies;
        try (ChildServer backend = ChildServer.start(SlowHttpServer.class, Long.toString(DELAY_MILLIS));
             HttpClient client = HttpClient.newHttpClient()) {
            URI quote = URI.create("http://127.0.0.1:" + backend.port() + "/quote");
            replies = QuoteCallers.callUntil(CLIENTS, deadline, () -> fetch(client, quote));
        }
        System.out.println("jdk-http-clients: " + replies + " replies");
    }

    static int fetch(HttpClient client, URI quote) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(quote).build(), HttpResponse.BodyHandlers.ofString());
            return response.body().length() > 0 ? 1 : 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
