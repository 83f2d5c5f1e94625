package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each client of the shipped table is told by a waiting stack of its own; futures and event loops by their frames. */
class RemoteClientsTest {

    /** A stack, leaf first, of frames named by {@code frames}: each method numbered by its place in it. */
    private static int[] stack(List<String> frames) {
        return IntStream.range(0, frames.size()).toArray();
    }

    /** A park inside the row's blocking call, called by the user's code. */
    private static List<String> parkedUnder(String frame) {
        String call = frame.endsWith("(") ? frame + ")" : frame + "()";
        return List.of("jdk.internal.misc.Unsafe.park(boolean, long)", "java.util.concurrent.locks.LockSupport.park(Object)",
                call, "com.acme.orders.OrderHandler.handle(Order)", "java.lang.Thread.run()");
    }

    static Stream<RemoteClients.Client> builtInClients() {
        return RemoteClients.builtIn().clients().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInClients")
    void aParkUnderEachClientsBlockingCallIsThatClientsRemoteCall(RemoteClients.Client row) {
        List<String> frames = parkedUnder(row.framePrefix());

        RemoteClients.Client found = RemoteClients.builtIn().clientOf(stack(frames), frames::get);

        assertEquals(row, found, "the row's own stack must find that row, not an earlier one: " + frames);
    }

    @Test
    void theShippedTableHasClientsOfEveryKindTheIssueNames() {
        List<String> libraries = RemoteClients.builtIn().clients().stream().map(RemoteClients.Client::library).toList();
        for (String expected : List.of("JDK HttpClient", "Netty", "gRPC blocking stub", "Kafka producer", "Lettuce (Redis)", "Reactor",
                "Cassandra (DataStax)")) {
            assertTrue(libraries.contains(expected), expected + " in " + libraries);
        }
    }

    @Test
    void aParkWithNoClientsFrameIsNoRemoteCall() {
        List<String> frames = List.of("jdk.internal.misc.Unsafe.park(boolean, long)", "java.util.concurrent.locks.LockSupport.park(Object)",
                "java.util.concurrent.LinkedBlockingQueue.take()", "java.util.concurrent.ThreadPoolExecutor.getTask()");

        assertNull(RemoteClients.builtIn().clientOf(stack(frames), frames::get));
    }

    @Test
    void aFutureIsTheApplicationsWaitOnlyWithTheApplicationAmongItsCallers() {
        List<String> users = List.of("jdk.internal.misc.Unsafe.park(boolean, long)", "java.util.concurrent.CompletableFuture.get()",
                "com.acme.orders.OrderHandler.handle(Order)");
        List<String> pools = List.of("jdk.internal.misc.Unsafe.park(boolean, long)", "java.util.concurrent.FutureTask.get()",
                "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor$Worker)");
        List<String> theApplicationBelowTheWait = List.of("com.acme.Callback.run()", "java.util.concurrent.CompletableFuture.join()",
                "java.lang.Thread.run()");

        assertTrue(RemoteClients.waitsOnAFuture(stack(users), users::get, m -> users.get(m).startsWith("com.acme")));
        assertFalse(RemoteClients.waitsOnAFuture(stack(pools), pools::get, m -> pools.get(m).startsWith("com.acme")));
        assertFalse(RemoteClients.waitsOnAFuture(stack(theApplicationBelowTheWait), theApplicationBelowTheWait::get,
                m -> theApplicationBelowTheWait.get(m).startsWith("com.acme")));
    }

    @Test
    void selectorsAndNettysEventLoopsAreEventLoops() {
        for (String frame : List.of("sun.nio.ch.EPoll.wait(int, long, int, int)", "sun.nio.ch.SelectorImpl.select(long)",
                "io.netty.channel.epoll.Native.epollWait(FileDescriptor, EpollEventArray, int)", "io.netty.channel.nio.NioEventLoop.run()")) {
            List<String> frames = List.of(frame, "java.lang.Thread.run()");
            assertTrue(RemoteClients.inEventLoop(stack(frames), frames::get), frame);
        }
        List<String> reader = List.of("sun.nio.ch.SocketDispatcher.read0(FileDescriptor, long, int)", "java.lang.Thread.run()");
        assertFalse(RemoteClients.inEventLoop(stack(reader), reader::get));
    }

    @Test
    void aUsersOwnClientsComeBeforeTheBuiltInOnes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("clients.tsv"), "# ours\ncom.acme rpc\tcom.acme.rpc.Stub.call(\ta reply of the acme service\n");
        RemoteClients clients = RemoteClients.withUserFile(file);
        List<String> frames = parkedUnder("com.acme.rpc.Stub.call(");

        assertEquals("com.acme rpc", clients.clientOf(stack(frames), frames::get).library());
        assertEquals(RemoteClients.builtIn().clients().size() + 1, clients.clients().size());
    }

    @Test
    void aFileOfAnotherShapeIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RemoteClients.parse(new StringReader("# fine\nlibrary only\n"), "mine.tsv"));

        assertTrue(e.getMessage().startsWith("mine.tsv, line 2: a client is three tab-separated fields"), e.getMessage());
    }

    @Test
    void everyRowOfTheShippedTableIsReadWhole() {
        List<String> problems = new ArrayList<>();
        for (RemoteClients.Client c : RemoteClients.builtIn().clients()) {
            if (!c.framePrefix().contains(".") || c.waitsOn().isBlank() || c.library().isBlank()) {
                problems.add(c.toString());
            }
        }
        assertTrue(problems.isEmpty(), problems::toString);
    }
}
