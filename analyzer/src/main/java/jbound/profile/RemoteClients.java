package jbound.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Client libraries whose blocking calls wait parked while another thread does the socket I/O
 * (a selector, an event loop, an I/O reactor): {@code HttpClient.send}, Netty's
 * {@code DefaultPromise.sync}, a gRPC blocking stub. The caller's park is a remote call, though
 * no socket event is its own. The table is data ({@code /jbound/remote-clients.tsv}, documented
 * there), and a user's own file of the same shape adds in-house clients before it.
 *
 * <p>Beside the table, a park on a future ({@code CompletableFuture.get/join},
 * {@code FutureTask.get}) reached from application code is a {@link #waitsOnAFuture future wait}:
 * a remote call where the recording shows the JVM's event-loop threads at work, the result of
 * other threads' computing otherwise.
 */
public final class RemoteClients {

    /** One row of the table. */
    public record Client(String library, String framePrefix, String waitsOn) {

        /** How the I/O tables and the wait table name it. */
        public String describe() {
            return library + ": " + waitsOn;
        }
    }

    /** The name of the table shipped in the jar. */
    static final String BUILT_IN = "/jbound/remote-clients.tsv";

    /** Frames of a blocking wait on a future: whose result it is, only the rest of the recording can tell. */
    static final List<String> FUTURE_WAITS = List.of("java.util.concurrent.CompletableFuture.get(",
            "java.util.concurrent.CompletableFuture.join(", "java.util.concurrent.FutureTask.get(");

    /** Frames of a thread that selects on sockets: the JDK's selectors and Netty's event loops, the threads that receive for async clients. */
    static final List<String> EVENT_LOOP_FRAMES = List.of("sun.nio.ch.SelectorImpl.select", "sun.nio.ch.EPoll.wait(",
            "sun.nio.ch.KQueue.poll(", "sun.nio.ch.WEPoll.wait(", "io.netty.channel.epoll.Native.epollWait",
            "io.netty.channel.kqueue.Native.keventWait", "io.netty.channel.nio.NioEventLoop.run(", "io.netty.channel.epoll.EpollEventLoop.run(");

    /** How a future wait is named where it is taken for a remote call. */
    public static final Client FUTURE = new Client("a future", "", "a reply the event-loop threads received");

    private final List<Client> clients;

    private RemoteClients(List<Client> clients) {
        this.clients = List.copyOf(clients);
    }

    private static final RemoteClients BUILT_IN_CLIENTS = new RemoteClients(readBuiltIn());

    /** The table shipped with jbound. */
    public static RemoteClients builtIn() {
        return BUILT_IN_CLIENTS;
    }

    /**
     * The user's clients (a file of the table's shape) before the built-in ones.
     *
     * @throws IllegalArgumentException with a line the user can act on, where the file is not of that shape
     */
    public static RemoteClients withUserFile(Path file) throws IOException {
        List<Client> all;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all = new ArrayList<>(parse(in, file.toString()));
        }
        all.addAll(BUILT_IN_CLIENTS.clients);
        return new RemoteClients(all);
    }

    public List<Client> clients() {
        return clients;
    }

    /** The client whose blocking call the stack waits in, or null. */
    public Client clientOf(int[] framesLeafFirst, IntFunction<String> methodName) {
        for (int method : framesLeafFirst) {
            String name = methodName.apply(method);
            for (Client client : clients) {
                if (name.startsWith(client.framePrefix())) {
                    return client;
                }
            }
        }
        return null;
    }

    /**
     * Whether the stack waits on a future with an application frame among the callers above the
     * wait: code of the user's that blocked on a result. A JDK pool's own waits have none.
     */
    static boolean waitsOnAFuture(int[] framesLeafFirst, IntFunction<String> methodName, java.util.function.IntPredicate isApplication) {
        for (int i = 0; i < framesLeafFirst.length; i++) {
            String name = methodName.apply(framesLeafFirst[i]);
            if (FUTURE_WAITS.stream().anyMatch(name::startsWith)) {
                for (int j = i + 1; j < framesLeafFirst.length; j++) {
                    if (isApplication.test(framesLeafFirst[j])) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether the stack is an event loop's or a selector's: a thread that receives for asynchronous clients. */
    static boolean inEventLoop(int[] framesLeafFirst, IntFunction<String> methodName) {
        for (int method : framesLeafFirst) {
            String name = methodName.apply(method);
            if (EVENT_LOOP_FRAMES.stream().anyMatch(name::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static List<Client> readBuiltIn() {
        try (InputStream in = RemoteClients.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from jbound's jar");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of library, frame prefix and what it waits on, tab-separated; {@code #} starts a comment line. */
    static List<Client> parse(Reader reader, String source) throws IOException {
        List<Client> rows = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                throw new IllegalArgumentException(source + ", line " + number
                        + ": a client is three tab-separated fields (library, frame prefix, what it waits on), not \"" + line.strip() + "\"");
            }
            rows.add(new Client(fields[0].strip(), fields[1].strip(), fields[2].strip()));
        }
        return rows;
    }
}
