package jbound.recording;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;

/**
 * Reads named fields of the events of one handler (one event type) by position.
 *
 * <p>Why: {@code RecordedObject.getValue(name)}, {@code getLong(name)}, {@code getThread()} and
 * {@code getStackTrace()} each scan the event's field list comparing names, some twice; on a
 * dense recording those scans were about 45% of jbound's CPU time. The JDK keeps an event's values
 * in an array parallel to its field list. Where the JDK opens {@code jdk.jfr.consumer} to jbound
 * (the jar's manifest and the launcher do), the positions are worked out once per event type and
 * checked: the value at each position must be the very object the public by-name getter returns
 * for a sample event. When anything differs — another JDK's layout, no access, a field that the
 * getter converts — this type is read by name, as before. The result is the same either way; a
 * test compares the two.
 */
final class EventFields {

    /** Set {@code -Djbound.fieldsByName=true} to read every field by name (slower; the reference). Read per event type. */
    static volatile boolean byNameOnly = Boolean.getBoolean("jbound.fieldsByName");
    private static final VarHandle VALUES = valuesHandle();

    /** A placeholder name for a position a type lacks (FileForce moves no bytes; a sleep has no subject): always absent. */
    static final String ABSENT = "-";

    private final String[] names;
    private EventType layoutOf;
    /** Position of each name in the event's value array, -1 for a field this type lacks; null: read by name. */
    private int[] positions;

    /** @param names the fields this handler reads, in the order of {@link #value(RecordedEvent, int)}'s index */
    EventFields(String... names) {
        this.names = names.clone();
    }

    /** Whether positional reads are possible in this JVM at all. */
    static boolean positional() {
        return VALUES != null;
    }

    /** The value of field {@code field} (an index into the names given at construction), or null if absent. */
    Object value(RecordedEvent event, int field) {
        if (event.getEventType() != layoutOf) {
            layoutOf = event.getEventType();
            positions = layout(event);
        }
        if (positions == null) {
            return event.hasField(names[field]) ? event.getValue(names[field]) : null;
        }
        int position = positions[field];
        return position < 0 ? null : ((Object[]) VALUES.get(event))[position];
    }

    /**
     * Whether the last event type seen is read by position: false before any event, where this JVM
     * denies the access, or where the type's layout is not the one expected (another JDK's).
     */
    boolean readsByPosition() {
        return positions != null;
    }

    long longValue(RecordedEvent event, int field, long absent) {
        return value(event, field) instanceof Number n ? n.longValue() : absent;
    }

    private int[] layout(RecordedEvent event) {
        if (VALUES == null || byNameOnly) {
            return null;
        }
        List<ValueDescriptor> fields = event.getFields();
        Object[] values = (Object[]) VALUES.get(event);
        // The JDK keeps the start time and duration outside the array: the array may be shorter
        // than the field list by those leading fields.
        int skipped = fields.size() - values.length;
        if (skipped < 0 || skipped > 2) {
            return null;
        }
        int[] positions = new int[names.length];
        for (int n = 0; n < names.length; n++) {
            positions[n] = -1;
            for (int f = 0; f < fields.size(); f++) {
                if (fields.get(f).getName().equals(names[n])) {
                    positions[n] = f - skipped;
                    break;
                }
            }
            if (positions[n] == -1) {
                continue;
            }
            if (positions[n] < 0 || values[positions[n]] != event.getValue(names[n])) {
                return null;
            }
        }
        return positions;
    }

    private static VarHandle valuesHandle() {
        try {
            return MethodHandles.privateLookupIn(RecordedObject.class, MethodHandles.lookup())
                    .findVarHandle(RecordedObject.class, "objects", Object[].class);
        } catch (ReflectiveOperationException | IllegalAccessError | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
