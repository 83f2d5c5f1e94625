package jbound.report;

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
 * @param kinds       the weight order of every node
 * @param names       method names; nodes refer to them by index
 * @param application for each name, whether it is application code
 * @param root        {@code [nameIndex, [weight per kind], [children]]}, the root's name index -1
 */
public record FlameGraphData(List<String> kinds, List<String> names, List<Boolean> application, List<Object> root) {

    static final double MIN_SHARE = 0.0005;

    public static FlameGraphData of(Profile profile) {
        TimeKind[] kinds = TimeKind.values();
        StackTrie.Node[] roots = new StackTrie.Node[kinds.length];
        long[] scale = new long[kinds.length];
        for (TimeKind kind : kinds) {
            StackTrie trie = kind == TimeKind.CPU ? profile.samples().executionSamples() : profile.offCpu().offCpuNanos().get(kind);
            roots[kind.ordinal()] = trie == null ? null : trie.root();
            scale[kind.ordinal()] = kind == TimeKind.CPU ? profile.samples().executionPeriodNanos() : 1;
        }
        Builder builder = new Builder(profile, scale, weights(roots, scale));
        List<Object> root = builder.node(-1, roots);
        return new FlameGraphData(Arrays.stream(kinds).map(Enum::name).toList(), builder.names, builder.application,
                root == null ? List.of(-1, new long[kinds.length], List.of()) : root);
    }

    private static long[] weights(StackTrie.Node[] nodes, long[] scale) {
        long[] w = new long[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            w[k] = nodes[k] == null ? 0 : nodes[k].total() * scale[k];
        }
        return w;
    }

    private static final class Builder {
        private final Profile profile;
        private final MethodTable methods;
        private final long[] scale;
        private final long[] rootWeights;
        private final Map<Integer, Integer> nameIndex = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> application = new ArrayList<>();

        Builder(Profile profile, long[] scale, long[] rootWeights) {
            this.profile = profile;
            this.methods = profile.methods();
            this.scale = scale;
            this.rootWeights = rootWeights;
        }

        List<Object> node(int method, StackTrie.Node[] nodes) {
            long[] w = weights(nodes, scale);
            if (method >= 0 && !significant(w)) {
                return null;
            }
            Map<Integer, StackTrie.Node[]> byChild = new LinkedHashMap<>();
            for (int k = 0; k < nodes.length; k++) {
                if (nodes[k] == null) {
                    continue;
                }
                for (StackTrie.Node child : nodes[k].children()) {
                    byChild.computeIfAbsent(child.method(), m -> new StackTrie.Node[nodes.length])[k] = child;
                }
            }
            List<Object> children = new ArrayList<>();
            byChild.forEach((childMethod, childNodes) -> {
                List<Object> child = node(childMethod, childNodes);
                if (child != null) {
                    children.add(child);
                }
            });
            return List.of(method < 0 ? -1 : index(method), w, children);
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
                names.add(methods.name(m));
                application.add(profile.isApplication(m));
                return names.size() - 1;
            });
        }
    }
}
