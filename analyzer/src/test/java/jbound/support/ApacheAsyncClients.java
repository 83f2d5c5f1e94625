package jbound.support;


import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;

import jbound.samples.SampleArgs;

/**
 * {@value #CLIENTS} threads that each call a slow HTTP backend ({@value #DELAY_MILLIS} ms a reply)
 * through Apache HttpClient 5's asynchronous client, blocking on each reply's future
 * ({@code execute(...).get()}): the caller waits in {@code Object.wait} while the client's I/O
 * reactor threads do the socket I/O. Takes the samples' {@code --seconds S} (and ignores {@code --dir}).
 */
public final class ApacheAsyncClients {

    static final int CLIENTS = 8;
    static final long DELAY_MILLIS = 30;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        long replies;
        try (ChildServer backend = ChildServer.start(SlowHttpServer.class, Long.toString(DELAY_MILLIS));
             CloseableHttpAsyncClient client = HttpAsyncClients.createDefault()) {
            client.start();
            String quote = "http://127.0.0.1:" + backend.port() + "/quote";
            replies = QuoteCallers.callUntil(CLIENTS, deadline, () -> fetch(client, quote));
        }
        System.out.println("apache-async-clients: " + replies + " replies");
    }

    static int fetch(CloseableHttpAsyncClient client, String quote) {
        SimpleHttpRequest request = SimpleRequestBuilder.get(quote).build();
        try {
            SimpleHttpResponse response = client.execute(request, null).get();
            return response.getCode() == 200 ? 1 : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
