package jbound.recording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct method seen in the recording's stacks, numbered from 0. Stacks refer to methods
 * by number, so the hot path compares ints and each name is built once, not once per sample.
 */
public final class MethodTable {

    private final Map<String, Integer> idByName = new HashMap<>();
    private final Map<Signature, Integer> idBySignature = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> classNames = new ArrayList<>();

    int intern(String className, String displayName) {
        Integer known = idByName.get(displayName);
        if (known != null) {
            return known;
        }
        int id = names.size();
        names.add(displayName);
        classNames.add(className);
        idByName.put(displayName, id);
        return id;
    }

    /**
     * A method by its class, name and descriptor, as the parser gives them. Every recording (and
     * every part of one read alone) brings its own method objects: this finds a method seen before
     * without building its display name again.
     */
    int intern(String className, String methodName, String descriptor) {
        Signature signature = new Signature(className, methodName, descriptor);
        Integer known = idBySignature.get(signature);
        if (known != null) {
            return known;
        }
        int id = intern(className, displayName(className, methodName, descriptor));
        idBySignature.put(signature, id);
        return id;
    }

    private record Signature(String className, String methodName, String descriptor) {
    }

    /** Where each of this table's methods stands in {@code target}, adding those it lacks. */
    public int[] remapInto(MethodTable target) {
        int[] remap = new int[names.size()];
        for (int id = 0; id < remap.length; id++) {
            remap[id] = target.intern(classNames.get(id), names.get(id));
        }
        return remap;
    }

    /** As {@code jfr view hot-methods} names it: {@code pkg.Class.method(ArgType, ...)}. */
    public String name(int id) {
        return names.get(id);
    }

    /** The declaring class, fully qualified ({@code pkg.Outer$Inner}). */
    public String className(int id) {
        return classNames.get(id);
    }

    public int size() {
        return names.size();
    }

    /** The method's name in the JDK's own style, parameters by simple type name. */
    static String displayName(String className, String methodName, String descriptor) {
        StringBuilder name = new StringBuilder(className.length() + methodName.length() + 24);
        name.append(className).append('.').append(methodName).append('(');
        if (descriptor != null) {
            appendParameters(descriptor, name);
        }
        return name.append(')').toString();
    }

    private static void appendParameters(String descriptor, StringBuilder out) {
        int end = descriptor.indexOf(')');
        int i = 1;
        boolean first = true;
        while (i > 0 && i < end) {
            int dimensions = 0;
            while (descriptor.charAt(i) == '[') {
                dimensions++;
                i++;
            }
            String type;
            char kind = descriptor.charAt(i);
            if (kind == 'L') {
                int semicolon = descriptor.indexOf(';', i);
                String binaryName = descriptor.substring(i + 1, semicolon);
                type = binaryName.substring(binaryName.lastIndexOf('/') + 1);
                i = semicolon + 1;
            } else {
                type = primitive(kind);
                i++;
            }
            if (!first) {
                out.append(", ");
            }
            out.append(type);
            out.append("[]".repeat(dimensions));
            first = false;
        }
    }

    private static String primitive(char kind) {
        return switch (kind) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> String.valueOf(kind);
        };
    }
}
