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
 * @param offCpuNanos stacks of I/O and wait events by kind, weighted by their durations (never {@link TimeKind#CPU})
 * @param ioTimeline  I/O per second of the recording
 */
public record OffCpu(List<IoSite> ioSites, List<WaitSite> waitSites, Map<TimeKind, StackTrie> offCpuNanos, List<IoTimeline> ioTimeline) {

    /** I/O summed per application method and kind, longest total first; waiting for work apart. */
    public List<IoSite> ioByMethod() {
        return merged(site -> new IoGroup(site.kind(), site.method(), site.waitingForWork()));
    }

    /** I/O summed per socket address or file and kind, longest total first; waiting for work apart. */
    public List<IoSite> ioByTarget() {
        return merged(site -> new IoGroup(site.kind(), site.target(), site.waitingForWork()));
    }

    private record IoGroup(EventCatalog kind, String key, boolean waitingForWork) {
    }

    private List<IoSite> merged(java.util.function.Function<IoSite, IoGroup> key) {
        Map<IoGroup, IoSite> totals = new LinkedHashMap<>();
        for (IoSite site : ioSites) {
            totals.merge(key.apply(site), site, (a, b) -> new IoSite(a.kind(),
                    a.method().equals(b.method()) ? a.method() : "(several)",
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
