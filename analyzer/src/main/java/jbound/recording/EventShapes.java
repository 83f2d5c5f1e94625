package jbound.recording;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;

/**
 * Which event types are what their name says. Any program may declare an event named
 * {@code jdk.SocketRead} or {@code jdk.CPULoad} with fields of its own; read as the JDK's, it
 * would forge I/O, load or the JVM's name. An event type under a JDK name is trusted only when
 * the fields jbound reads are there with the JDK's types (and a byte count carries the JDK's
 * unit); other types are ignored, with one warning per name. Other writers' own names are
 * theirs, and not checked. A program that copies the JDK's declaration exactly cannot be told
 * apart by any reader.
 */
final class EventShapes {

    private static final Set<String> THREAD = Set.of("java.lang.Thread");
    private static final Set<String> STACK = Set.of("jdk.types.StackTrace");
    private static final Set<String> STRING = Set.of("java.lang.String");
    private static final Set<String> CLASS = Set.of("java.lang.Class");
    private static final Set<String> METHOD = Set.of("jdk.types.Method");
    private static final Set<String> LONG = Set.of("long");
    private static final Set<String> INTEGER = Set.of("int", "long", "short", "byte");
    private static final Set<String> FLOAT = Set.of("float", "double");
    private static final Set<String> STATE = Set.of("jdk.types.ThreadState", "java.lang.String");
    private static final String DATA_AMOUNT = "jdk.jfr.DataAmount";

    /** A field jbound reads: whether every such event has it, the types it may have, and the unit it must carry. */
    private record Field(String name, boolean required, Set<String> types, String contentType) {
    }

    private final Map<EventType, Boolean> trusted = new IdentityHashMap<>();
    private final Set<String> warned = new LinkedHashSet<>();
    private final List<ReadIssue> warnings = new ArrayList<>();

    /** Whether events of {@code declared}, handled as {@code type}, can be read as the JDK's. */
    boolean trusted(EventCatalog type, EventType declared) {
        Boolean known = trusted.get(declared);
        if (known != null) {
            return known;
        }
        String mismatch = declared.getName().startsWith("jdk.") ? mismatch(type, declared) : null;
        if (mismatch != null && warned.add(declared.getName())) {
            warnings.add(new ReadIssue(ReadIssue.Kind.EVENTS_LEFT_OUT, "events named " + declared.getName() + " whose fields are not the JDK's ("
                    + mismatch + ") were ignored: the recorded program declares an event of its own under that name"));
        }
        trusted.put(declared, mismatch == null);
        return mismatch == null;
    }

    /** One line per event name that was ignored. */
    List<ReadIssue> warnings() {
        return List.copyOf(warnings);
    }

    static String mismatch(EventCatalog type, EventType declared) {
        Map<String, ValueDescriptor> fields = new LinkedHashMap<>();
        for (ValueDescriptor field : declared.getFields()) {
            fields.put(field.getName(), field);
        }
        for (Field expected : expected(type)) {
            ValueDescriptor field = fields.get(expected.name());
            if (field == null) {
                if (expected.required()) {
                    return "no field " + expected.name();
                }
                continue;
            }
            if (!expected.types().contains(field.getTypeName())) {
                return expected.name() + " is " + field.getTypeName() + ", not " + String.join(" or ", new java.util.TreeSet<>(expected.types()));
            }
            if (expected.contentType() != null && !expected.contentType().equals(field.getContentType())) {
                return expected.name() + " is not a @DataAmount";
            }
        }
        return null;
    }

    private static List<Field> expected(EventCatalog type) {
        return switch (type) {
            case EXECUTION_SAMPLE, NATIVE_METHOD_SAMPLE -> List.of(required("sampledThread", THREAD), required("stackTrace", STACK),
                    optional("state", STATE));
            case CPU_TIME_SAMPLE -> List.of(required("stackTrace", STACK), optional("eventThread", THREAD), optional("sampledThread", THREAD));
            case SOCKET_READ -> socket("bytesRead");
            case SOCKET_WRITE -> socket("bytesWritten");
            case FILE_READ -> file("bytesRead");
            case FILE_WRITE -> file("bytesWritten");
            case FILE_FORCE -> List.of(required("duration", LONG), required("stackTrace", STACK), optional("eventThread", THREAD),
                    optional("path", STRING));
            case MONITOR_ENTER -> List.of(required("duration", LONG), required("stackTrace", STACK), optional("eventThread", THREAD),
                    optional("monitorClass", CLASS), optional("previousOwner", THREAD));
            case MONITOR_WAIT -> waiting("monitorClass");
            case THREAD_PARK -> waiting("parkedClass");
            case THREAD_SLEEP -> List.of(required("duration", LONG), required("stackTrace", STACK), optional("eventThread", THREAD));
            case MONITOR_INFLATE -> List.of(optional("eventThread", THREAD));
            case GC_PAUSE, SAFEPOINT -> List.of(required("duration", LONG));
            case ALLOCATION_SAMPLE -> List.of(required("stackTrace", STACK), optional("eventThread", THREAD), optional("objectClass", CLASS),
                    new Field("weight", true, LONG, DATA_AMOUNT));
            case METHOD_TIMING -> List.of(required("method", METHOD), required("invocations", LONG));
            case CPU_LOAD -> List.of(required("jvmUser", FLOAT), required("jvmSystem", FLOAT), required("machineTotal", FLOAT));
            case THREAD_CPU_LOAD -> List.of(required("user", FLOAT), required("system", FLOAT), required("eventThread", THREAD));
            case ACTIVE_SETTING -> List.of(required("id", LONG), required("name", STRING), required("value", STRING));
            case CPU_INFORMATION -> List.of(required("hwThreads", INTEGER), required("cpu", STRING));
            case JVM_INFORMATION -> List.of(required("jvmName", STRING), required("jvmVersion", STRING),
                    optional("jvmArguments", STRING), optional("javaArguments", STRING));
            case INITIAL_ENVIRONMENT_VARIABLE, INITIAL_SYSTEM_PROPERTY -> List.of(required("key", STRING), required("value", STRING));
            case DATADOG_EXECUTION_SAMPLE, DATADOG_METHOD_SAMPLE, WALL_CLOCK_SAMPLE, DATADOG_PROFILER_CONFIG -> List.of();
        };
    }

    private static List<Field> socket(String bytes) {
        return List.of(required("duration", LONG), required("stackTrace", STACK), optional("eventThread", THREAD),
                new Field(bytes, true, LONG, DATA_AMOUNT), optional("host", STRING), optional("address", STRING), optional("port", INTEGER));
    }

    private static List<Field> file(String bytes) {
        return List.of(required("duration", LONG), required("stackTrace", STACK), optional("eventThread", THREAD),
                new Field(bytes, true, LONG, DATA_AMOUNT), optional("path", STRING));
    }

    private static List<Field> waiting(String subject) {
        return List.of(required("duration", LONG), required("stackTrace", STACK), optional("eventThread", THREAD), optional(subject, CLASS));
    }

    private static Field required(String name, Set<String> types) {
        return new Field(name, true, types, null);
    }

    private static Field optional(String name, Set<String> types) {
        return new Field(name, false, types, null);
    }
}
