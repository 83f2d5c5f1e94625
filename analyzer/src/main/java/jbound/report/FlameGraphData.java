package jbound.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jbound.profile.Profile;
import jbound.profile.StackTrie;
import jbound.profile.TimeKind;
import jbound.recording.MethodTable;

/**
 * The stacks of every kind of time merged into one tree for the page's flame graphs: each node
 * carries its weight per {@link TimeKind}, in nanoseconds (CPU estimated as samples × sampling
 * period). The CPU flame graph shows the CPU weights, the off-CPU one the others, the
 * wall-clock one all of them on one scale. Frames below {@value #MIN_SHARE} of every kind's
 * total are left out, so the page stays small whatever the recording's size.
 *
 * <p>The tree is flat, in depth-first order, node 0 the root: stacks are as deep as the
 * recording says (thousands of frames), and neither this nor the page nor the JSON writer
 * recurses over them.
 *
 * @param kinds       the weight order of every node
 * @param names       method names; nodes refer to them by index
 * @param application for each name, whether it is application code
 * @param parent      each node's parent, an earlier node; -1 for the root
 * @param name        each node's index into {@code names}; -1 for the root
 * @param weight      each node's weight per kind
 * @param cpuSamplePeriodNanos the CPU weights' nanoseconds per sample: CPU weight / this = samples
 */
public record FlameGraphData(List<String> kinds, List<String> names, List<Boolean> application, int[] parent, int[] name,
                             long[][] weight, long cpuSamplePeriodNanos) {

    static final double MIN_SHARE = 0.0005;
    /** The name of the paths a trie folded past its size limit. */
    static final String OTHER_STACKS = "(other stacks: more distinct call paths than jbound keeps)";
    /** The name of the frame that holds stacks cut at the JVM's depth limit. */
    static final String TRUNCATED = "[truncated: callers beyond the JVM's stack depth limit; record with "
            + "-XX:FlightRecorderOptions:stackdepth=2048 to see them]";

    /** The page's name of a trie node's method number. */
    static String nameOf(int method, MethodTable methods) {
        return switch (method) {
            case StackTrie.OTHER_STACKS -> OTHER_STACKS;
            case StackTrie.TRUNCATED -> TRUNCATED;
            default -> methods.name(method);
        };
    }

    public static FlameGraphData of(Profile profile) {
        TimeKind[] kinds = TimeKind.values();
        StackTrie.Node[] roots = new StackTrie.Node[kinds.length];
        double[] scale = new double[kinds.length];
        for (TimeKind kind : kinds) {
            StackTrie trie = switch (kind) {
                case CPU -> profile.samples().executionSamples();
                case NATIVE_IO -> profile.offCpu().nativeIoSamples();
                default -> profile.offCpu().offCpuNanos().get(kind);
            };
            roots[kind.ordinal()] = trie == null ? null : trie.root();
            scale[kind.ordinal()] = switch (kind) {
                case CPU -> profile.samples().executionPeriodNanos();
                case NATIVE_IO -> profile.offCpu().nativeIoNanosPerSample();
                default -> 1;
            };
        }
        return new Builder(profile, scale, weights(roots, scale)).build(roots, Arrays.stream(kinds).map(Enum::name).toList(),
                (long) scale[TimeKind.CPU.ordinal()]);
    }

    /** Each kind's weight in nanoseconds: events' durations as they are, samples times what one stands for. */
    private static long[] weights(StackTrie.Node[] nodes, double[] scale) {
        long[] w = new long[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            w[k] = nodes[k] == null ? 0 : Math.round(nodes[k].total() * scale[k]);
        }
        return w;
    }

    private static final class Builder {
        private final Profile profile;
        private final MethodTable methods;
        private final double[] scale;
        private final long[] rootWeights;
        private final Map<Integer, Integer> nameIndex = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> application = new ArrayList<>();

        Builder(Profile profile, double[] scale, long[] rootWeights) {
            this.profile = profile;
            this.methods = profile.methods();
            this.scale = scale;
            this.rootWeights = rootWeights;
        }

        /** One pending node: the same call path in each kind's trie, and where its parent went. */
        private record Pending(int parent, int method, StackTrie.Node[] nodes) {
        }

        FlameGraphData build(StackTrie.Node[] roots, List<String> kinds, long cpuSamplePeriodNanos) {
            List<Integer> parents = new ArrayList<>();
            List<Integer> nameOf = new ArrayList<>();
            List<long[]> weights = new ArrayList<>();
            ArrayDeque<Pending> work = new ArrayDeque<>();
            work.push(new Pending(-1, -1, roots));
            while (!work.isEmpty()) {
                Pending next = work.pop();
                long[] w = weights(next.nodes(), scale);
                if (next.parent() >= 0 && !significant(w)) {
                    continue;
                }
                int self = parents.size();
                parents.add(next.parent());
                nameOf.add(next.parent() < 0 ? -1 : index(next.method()));
                weights.add(w);
                List<Pending> children = new ArrayList<>();
                childrenByMethod(next.nodes()).forEach((method, nodes) -> children.add(new Pending(self, method, nodes)));
                // Pushed last first, so that they come off the stack in the tries' order.
                for (int i = children.size() - 1; i >= 0; i--) {
                    work.push(children.get(i));
                }
            }
            return new FlameGraphData(kinds, names, application, parents.stream().mapToInt(Integer::intValue).toArray(),
                    nameOf.stream().mapToInt(Integer::intValue).toArray(), weights.toArray(long[][]::new), cpuSamplePeriodNanos);
        }

        private static Map<Integer, StackTrie.Node[]> childrenByMethod(StackTrie.Node[] nodes) {
            Map<Integer, StackTrie.Node[]> byChild = new LinkedHashMap<>();
            for (int k = 0; k < nodes.length; k++) {
                if (nodes[k] == null) {
                    continue;
                }
                for (StackTrie.Node child : nodes[k].children()) {
                    byChild.computeIfAbsent(child.method(), m -> new StackTrie.Node[nodes.length])[k] = child;
                }
            }
            return byChild;
        }

        private boolean significant(long[] w) {
            for (int k = 0; k < w.length; k++) {
                if (rootWeights[k] > 0 && w[k] >= MIN_SHARE * rootWeights[k]) {
                    return true;
                }
            }
            return false;
        }

        private int index(int method) {
            return nameIndex.computeIfAbsent(method, m -> {
                names.add(nameOf(m, methods));
                application.add(m >= 0 && profile.isApplication(m));
                return names.size() - 1;
            });
        }
    }
}
