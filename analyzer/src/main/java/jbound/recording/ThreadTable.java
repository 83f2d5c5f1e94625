package jbound.recording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every distinct thread seen, numbered from 0; threads of different JVMs (segments) stay apart. */
public final class ThreadTable {

    private record Key(int segment, long threadId) {
    }

    private final Map<Key, Integer> idByKey = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> virtual = new ArrayList<>();
    private final List<Boolean> carrier = new ArrayList<>();
    private final List<Key> keys = new ArrayList<>();

    int intern(int segment, long threadId, String name, boolean isVirtual, boolean isCarrier) {
        Key key = new Key(segment, threadId);
        Integer known = idByKey.get(key);
        if (known != null) {
            return known;
        }
        int id = names.size();
        names.add(name == null || name.isEmpty() ? "thread-" + threadId : name);
        virtual.add(isVirtual);
        carrier.add(isCarrier);
        keys.add(key);
        idByKey.put(key, id);
        return id;
    }

    /** Where each of this table's threads stands in {@code target}, adding those it lacks. */
    public int[] remapInto(ThreadTable target) {
        int[] remap = new int[names.size()];
        for (int id = 0; id < remap.length; id++) {
            Key key = keys.get(id);
            remap[id] = target.intern(key.segment(), key.threadId(), names.get(id), virtual.get(id), carrier.get(id));
        }
        return remap;
    }

    public String name(int id) {
        return names.get(id);
    }

    /** The segment (recording) the thread was seen in, and its id there: the JVM's Java thread id, or its OS id, negated. */
    public int segment(int id) {
        return keys.get(id).segment();
    }

    public long threadId(int id) {
        return keys.get(id).threadId();
    }

    /** Whether the thread has a Java identity; the JVM's native threads (GC workers, say) have none. */
    public boolean isJavaThread(int id) {
        return keys.get(id).threadId() > 0;
    }

    public boolean isVirtual(int id) {
        return virtual.get(id);
    }

    /** Whether the thread carries virtual threads (the JDK's scheduler puts its carriers in the thread group "CarrierThreads"). */
    public boolean isCarrier(int id) {
        return carrier.get(id);
    }

    public int size() {
        return names.size();
    }
}
