package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jbound.recording.RecordingReader;

/**
 * Segments read on several threads merge into what one pass gives only if every part of what a
 * reader accumulates is merged: a part left out of the merge would lose the other readers' share
 * without a sound. These fail where one is.
 */
class MergingPartsTest {

    @Test
    void everyPartOfABuilderThatMergesItselfIsInItsListOfParts() throws Exception {
        RecordingReader reader = new RecordingReader(false, 1);
        ProfileBuilder builder = new ProfileBuilder(ApplicationCode.everythingButTheJdk(), reader.methods(), reader.threads(), reader.stacks());
        List<Merging<?>> listed = builder.parts();
        List<String> missing = new ArrayList<>();
        for (Field field : ProfileBuilder.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && Merging.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                Object part = field.get(builder);
                if (listed.stream().noneMatch(p -> p == part)) {
                    missing.add(field.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "parts that merge themselves but are not in ProfileBuilder.parts()");
    }

    /**
     * A field added to the builder must be a part that merges itself or a table or cache that is not
     * a reader's result: nothing is merged by hand, field by field. A field that is neither fails
     * here until it is made a part.
     */
    @Test
    void everyFieldOfABuilderIsAPartThatMergesItselfOrIsNoReadersResult() throws Exception {
        // The tables a builder shares with its reader (merged by remapping their numbers) and what it derives from them.
        Set<String> notResults = Set.of("methods", "threadTable", "applicationFrames", "memos");
        RecordingReader reader = new RecordingReader(false, 1);
        ProfileBuilder builder = new ProfileBuilder(ApplicationCode.everythingButTheJdk(), reader.methods(), reader.threads(), reader.stacks());
        List<Merging<?>> listed = builder.parts();
        List<String> unmerged = new ArrayList<>();
        for (Field field : ProfileBuilder.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            field.setAccessible(true);
            Object value = field.get(builder);
            boolean part = listed.stream().anyMatch(p -> p == value);
            if (!part && !notResults.contains(field.getName())) {
                unmerged.add(field.getName());
            }
        }
        assertEquals(List.of(), unmerged, "fields of ProfileBuilder that nothing says are merged");
    }

    /** Every field of a thread's evidence, set in one, reaches an empty one it is added to. */
    @Test
    void addingAThreadsEvidenceAddsEveryField() throws Exception {
        ThreadEvidence theirs = new ThreadEvidence();
        List<Field> fields = new ArrayList<>();
        int n = 0;
        for (Field field : ThreadEvidence.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            fields.add(field);
            n++;
            if (field.getType() == long.class) {
                field.setLong(theirs, 1_000 * n);
            } else if (field.getType() == double.class) {
                field.setDouble(theirs, 0.01 * n);
            } else if (field.getType() == long[].class) {
                long[] values = (long[]) field.get(theirs);
                for (int i = 0; i < values.length; i++) {
                    values[i] = 7 + i;
                }
            } else {
                throw new AssertionError("a field of a type this test does not know: " + field);
            }
        }
        // The two readings it keeps last are in order, as a reader leaves them.
        ThreadEvidence.class.getDeclaredField("previousReadingNanos").setLong(theirs, 10);
        ThreadEvidence.class.getDeclaredField("lastReadingNanos").setLong(theirs, 20);

        ThreadEvidence ours = new ThreadEvidence();
        ours.add(theirs);

        for (Field field : fields) {
            if (field.getType() == long[].class) {
                assertArrayEquals((long[]) field.get(theirs), (long[]) field.get(ours), field.getName());
            } else {
                assertEquals(field.get(theirs), field.get(ours), () -> field.getName() + " is not added by ThreadEvidence.add");
            }
        }
    }
}
