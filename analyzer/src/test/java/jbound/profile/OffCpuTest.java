package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jbound.recording.EventCatalog;

class OffCpuTest {

    private static IoSite read(String target, long nanos) {
        return new IoSite(EventCatalog.SOCKET_READ, "app.Server.handle(Socket)", null, "sun.nio.ch.NioSocketImpl.read(byte[], int, int)", target,
                1, nanos, nanos, 100, false);
    }

    @Test
    void aHostOnManyHighPortsIsItsClientsInOneRowAndServicesKeepTheirOwn() {
        List<IoSite> sites = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            sites.add(read("127.0.0.1:" + (40_000 + i), 10));
        }
        sites.add(read("127.0.0.1:5432", 1_000));
        sites.add(read("10.0.0.7:45000", 5));
        sites.add(read("10.0.0.7:45001", 5));

        List<IoSite> byTarget = new OffCpu(sites, List.of(), List.of(), Map.of(), List.of(), null, 0).ioByTarget();

        assertEquals(List.of("127.0.0.1:5432", "127.0.0.1:* (15 client ports)", "10.0.0.7:45000", "10.0.0.7:45001"),
                byTarget.stream().map(IoSite::target).toList());
        assertEquals(15, byTarget.get(1).count());
        assertEquals(150, byTarget.get(1).totalNanos());
    }
}
