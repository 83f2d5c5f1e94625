package jbound.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jbound.recording.EventCatalog;

/**
 * Where threads waited, from the I/O and wait events: totals per site, stacks weighted by their
 * durations per kind, and I/O per second.
 *
 * @param ioSites     the I/O events, per site
 * @param inferredIo  I/O seen in native samples beyond the events, per application method (kind
 *                    {@code jdk.NativeMethodSample}, counts of samples): what the verdict counted
 *                    that no event shows, such as an fsync, or time blocked in a JNI library
 *                    beyond the threads' measured CPU
 * @param offCpuNanos stacks of I/O and wait events by kind, weighted by their durations (never {@link TimeKind#CPU})
 * @param ioTimeline  I/O per second of the recording
 * @param nativeIoSamples        stacks of the native samples in socket or file I/O, weighted by count
 * @param nativeIoNanosPerSample what one of them stands for in the flame graphs: see {@link TimeKind#NATIVE_IO}
 */
public record OffCpu(List<IoSite> ioSites, List<IoSite> inferredIo, List<WaitSite> waitSites, Map<TimeKind, StackTrie> offCpuNanos,
                     List<IoTimeline> ioTimeline, StackTrie nativeIoSamples, double nativeIoNanosPerSample) {

    /** I/O summed per application method and kind, longest total first; waiting for work apart; native-sample and remote-call rows included. */
    public List<IoSite> ioByMethod() {
        return withInferred(merged(ioSites, site -> new IoGroup(site.kind(), site.methodAndVia(), site.waitingForWork())), withRemoteCalls(inferredIo));
    }

    /**
     * The waits under clients' blocking calls as I/O rows (kind {@link EventCatalog#THREAD_PARK}, the
     * client as the target, waits as calls): the I/O the caller waited on, though another thread did it.
     */
    public List<IoSite> remoteCalls() {
        return waitSites.stream().filter(w -> w.category().isRemoteCall())
                .map(w -> new IoSite(EventCatalog.THREAD_PARK, w.method(), w.via(), w.method(), w.subject(), w.count(), w.totalNanos(), w.maxNanos(), 0, false))
                .toList();
    }

    private List<IoSite> withRemoteCalls(List<IoSite> inferred) {
        List<IoSite> remote = remoteCalls();
        if (remote.isEmpty()) {
            return inferred;
        }
        List<IoSite> all = new ArrayList<>(inferred);
        all.addAll(remote);
        return all;
    }

    private static List<IoSite> withInferred(List<IoSite> rows, List<IoSite> inferred) {
        if (inferred.isEmpty()) {
            return rows;
        }
        List<IoSite> all = new ArrayList<>(rows);
        all.addAll(inferred);
        all.sort(Comparator.comparingLong(IoSite::totalNanos).reversed());
        return List.copyOf(all);
    }

    /**
     * I/O summed per socket address or file and kind, longest total first; waiting for work apart.
     * A host reached on many high ports is one row: those are the ephemeral ports of clients
     * connected to this JVM (JFR records the peer's port, not the local one), one row per
     * connection otherwise.
     */
    public List<IoSite> ioByTarget() {
        Map<String, java.util.Set<Integer>> highPorts = new java.util.HashMap<>();
        for (IoSite site : ioSites) {
            Peer peer = Peer.of(site);
            if (peer != null && peer.port() >= EPHEMERAL_PORTS_FROM) {
                highPorts.computeIfAbsent(peer.host(), h -> new java.util.HashSet<>()).add(peer.port());
            }
        }
        List<IoSite> relabelled = new ArrayList<>();
        for (IoSite site : ioSites) {
            Peer peer = Peer.of(site);
            java.util.Set<Integer> ports = peer == null ? null : highPorts.get(peer.host());
            boolean clients = ports != null && ports.size() >= MANY_CLIENT_PORTS && peer.port() >= EPHEMERAL_PORTS_FROM;
            relabelled.add(!clients ? site : new IoSite(site.kind(), site.method(), site.via(), site.topFrame(),
                    peer.host() + ":* (" + ports.size() + " client ports)", site.count(), site.totalNanos(), site.maxNanos(), site.bytes(),
                    site.waitingForWork()));
        }
        java.util.function.Function<IoSite, IoGroup> target = site -> new IoGroup(site.kind(), site.target(), site.waitingForWork());
        return withInferred(merged(relabelled, target), merged(withRemoteCalls(inferredIo), target));
    }

    /** Where Linux (32768) and IANA (49152) start handing out ports for outgoing connections. */
    static final int EPHEMERAL_PORTS_FROM = 32_768;
    /** One host on this many high ports is clients coming in, not services reached. */
    static final int MANY_CLIENT_PORTS = 8;

    /** A socket site's peer, from its "host:port" target; null for files. */
    private record Peer(String host, int port) {
        static Peer of(IoSite site) {
            if (!site.kind().isSocket()) {
                return null;
            }
            int colon = site.target().lastIndexOf(':');
            try {
                return colon < 0 ? null : new Peer(site.target().substring(0, colon), Integer.parseInt(site.target().substring(colon + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private record IoGroup(EventCatalog kind, String key, boolean waitingForWork) {
    }

    private static List<IoSite> merged(List<IoSite> sites, java.util.function.Function<IoSite, IoGroup> key) {
        Map<IoGroup, IoSite> totals = new LinkedHashMap<>();
        for (IoSite site : sites) {
            totals.merge(key.apply(site), site, (a, b) -> new IoSite(a.kind(),
                    a.method().equals(b.method()) ? a.method() : "(several)", java.util.Objects.equals(a.via(), b.via()) ? a.via() : null,
                    a.maxNanos() >= b.maxNanos() ? a.topFrame() : b.topFrame(),
                    a.target().equals(b.target()) ? a.target() : "(several)",
                    a.count() + b.count(), a.totalNanos() + b.totalNanos(), Math.max(a.maxNanos(), b.maxNanos()),
                    a.bytes() + b.bytes(), a.waitingForWork()));
        }
        List<IoSite> sorted = new ArrayList<>(totals.values());
        sorted.sort(Comparator.comparingLong(IoSite::totalNanos).reversed());
        return sorted;
    }
}
