package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * JDK 9's recordings (JFR format 1.0) named their events com.oracle.jdk.*: they are read under
 * today's names. (No JDK 9 is at hand to record one; the names are checked here, the reading of
 * both spellings is the same subscription.)
 */
class EventCatalogTest {

    @Test
    void jdk9EventNamesMapToTodaysNames() {
        assertEquals("jdk.ExecutionSample", EventCatalog.modernName("com.oracle.jdk.ExecutionSample"));
        assertEquals("jdk.SocketRead", EventCatalog.modernName("com.oracle.jdk.SocketRead"));
        assertEquals("jdk.SocketRead", EventCatalog.modernName("jdk.SocketRead"));
        assertEquals("my.app.Event", EventCatalog.modernName("my.app.Event"));
    }

    @Test
    void everyJdkEventJboundReadsIsAlsoSubscribedUnderItsJdk9Name() {
        for (EventCatalog type : EventCatalog.values()) {
            if (!type.eventName().startsWith("jdk.")) {
                assertEquals(java.util.List.of(type.eventName()), type.eventNames(), "other writers' events keep their one name");
                continue;
            }
            assertEquals(type.eventName(), type.eventNames().getFirst());
            assertTrue(type.eventNames().contains("com.oracle." + type.eventName()), type.eventName());
        }
    }
}
