package jbound.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jbound.profile.Profile;
import jbound.profile.StackTrie;

/**
 * The CPU stacks of two recordings merged by method name, for the diff page's differential flame
 * graph: each node carries its total CPU before and after, in cores (samples × sampling period ÷
 * duration), so recordings of different lengths and sampling periods compare fairly. Frames below
 * {@value #MIN_SHARE} of the larger side's total on both sides are left out. The page draws each
 * frame as wide as its two weights added, which adds up from children to parents. Flat, in
 * depth-first order, node 0 the root, as {@link FlameGraphData} is.
 *
 * @param names  method names; nodes refer to them by index
 * @param parent each node's parent, an earlier node; -1 for the root
 * @param name   each node's index into {@code names}; -1 for the root
 * @param before each node's cores before
 * @param after  each node's cores after
 */
public record DiffFlameData(List<String> names, int[] parent, int[] name, double[] before, double[] after) {

    static final double MIN_SHARE = 0.0005;

    public static DiffFlameData of(Profile before, Profile after) {
        Side b = new Side(before);
        Side a = new Side(after);
        StackTrie.Node rootBefore = before.samples().executionSamples().root();
        StackTrie.Node rootAfter = after.samples().executionSamples().root();
        double floor = MIN_SHARE * Math.max(b.cores(rootBefore), a.cores(rootAfter));
        return new Builder(b, a, floor).build(rootBefore, rootAfter);
    }

    /** One recording: its method names and the factor from samples to cores. */
    private record Side(Profile profile, double coresPerSample) {
        Side(Profile profile) {
            this(profile, profile.recording().duration().toNanos() <= 0 ? 0
                    : (double) profile.samples().executionPeriodNanos() / profile.recording().duration().toNanos());
        }

        double cores(StackTrie.Node node) {
            return node == null ? 0 : node.total() * coresPerSample;
        }

        String name(StackTrie.Node node) {
            return FlameGraphData.nameOf(node.method(), profile.methods());
        }
    }

    private static final class Builder {
        private final Side before;
        private final Side after;
        private final double floor;
        private final Map<String, Integer> nameIndex = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        Builder(Side before, Side after, double floor) {
            this.before = before;
            this.after = after;
            this.floor = floor;
        }

        private record Pending(int parent, String name, StackTrie.Node before, StackTrie.Node after) {
        }

        DiffFlameData build(StackTrie.Node rootBefore, StackTrie.Node rootAfter) {
            List<Integer> parents = new ArrayList<>();
            List<Integer> nameOf = new ArrayList<>();
            List<double[]> cores = new ArrayList<>();
            ArrayDeque<Pending> work = new ArrayDeque<>();
            work.push(new Pending(-1, null, rootBefore, rootAfter));
            while (!work.isEmpty()) {
                Pending next = work.pop();
                double coresBefore = before.cores(next.before());
                double coresAfter = after.cores(next.after());
                if (next.name() != null && Math.max(coresBefore, coresAfter) < floor) {
                    continue;
                }
                int self = parents.size();
                parents.add(next.parent());
                nameOf.add(next.name() == null ? -1 : index(next.name()));
                cores.add(new double[] {coresBefore, coresAfter});
                Map<String, StackTrie.Node[]> byName = new LinkedHashMap<>();
                if (next.before() != null) {
                    for (StackTrie.Node child : next.before().children()) {
                        byName.computeIfAbsent(before.name(child), n -> new StackTrie.Node[2])[0] = child;
                    }
                }
                if (next.after() != null) {
                    for (StackTrie.Node child : next.after().children()) {
                        byName.computeIfAbsent(after.name(child), n -> new StackTrie.Node[2])[1] = child;
                    }
                }
                List<Pending> children = new ArrayList<>();
                byName.forEach((childName, pair) -> children.add(new Pending(self, childName, pair[0], pair[1])));
                for (int i = children.size() - 1; i >= 0; i--) {
                    work.push(children.get(i));
                }
            }
            return new DiffFlameData(names, parents.stream().mapToInt(Integer::intValue).toArray(),
                    nameOf.stream().mapToInt(Integer::intValue).toArray(), cores.stream().mapToDouble(c -> c[0]).toArray(),
                    cores.stream().mapToDouble(c -> c[1]).toArray());
        }

        private int index(String name) {
            return nameIndex.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }
    }
}
