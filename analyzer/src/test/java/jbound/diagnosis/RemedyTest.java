package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.report.JsonReport;

/** A remedy's id is what programs match on: one per remedy, and what the JSON writes. */
class RemedyTest {

    @Test
    void everyRemedyHasAnIdOfItsOwnInLowerCaseWordsJoinedByHyphens() {
        List<String> ids = Arrays.stream(Remedy.values()).map(Remedy::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
        ids.forEach(id -> assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id));
    }

    @Test
    void theJsonWritesARemedyAsItsId() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        JsonReport.writeValue(out, new Advice(Remedy.OVERLAP_WAITS, "Overlap the waits", "why", List.of()));
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"id\" : \"overlap-waits\""), out::toString);
    }
}
