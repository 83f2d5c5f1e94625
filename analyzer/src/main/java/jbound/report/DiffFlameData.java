package jbound.report;

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
 * frame as wide as its two weights added, which adds up from children to parents.
 *
 * @param names method names; nodes refer to them by index
 * @param root  {@code [nameIndex, coresBefore, coresAfter, [children]]}, the root's name index -1
 */
public record DiffFlameData(List<String> names, List<Object> root) {

    static final double MIN_SHARE = 0.0005;

    public static DiffFlameData of(Profile before, Profile after) {
        Side b = new Side(before);
        Side a = new Side(after);
        double floor = MIN_SHARE * Math.max(b.cores(before.samples().executionSamples().root()), a.cores(after.samples().executionSamples().root()));
        Builder builder = new Builder(b, a, floor);
        List<Object> root = builder.node(null, before.samples().executionSamples().root(), after.samples().executionSamples().root());
        return new DiffFlameData(builder.names, root);
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
            return profile.methods().name(node.method());
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

        List<Object> node(String name, StackTrie.Node b, StackTrie.Node a) {
            double coresBefore = before.cores(b);
            double coresAfter = after.cores(a);
            if (name != null && Math.max(coresBefore, coresAfter) < floor) {
                return null;
            }
            Map<String, StackTrie.Node[]> byName = new LinkedHashMap<>();
            if (b != null) {
                for (StackTrie.Node child : b.children()) {
                    byName.computeIfAbsent(before.name(child), n -> new StackTrie.Node[2])[0] = child;
                }
            }
            if (a != null) {
                for (StackTrie.Node child : a.children()) {
                    byName.computeIfAbsent(after.name(child), n -> new StackTrie.Node[2])[1] = child;
                }
            }
            List<Object> children = new ArrayList<>();
            byName.forEach((childName, pair) -> {
                List<Object> child = node(childName, pair[0], pair[1]);
                if (child != null) {
                    children.add(child);
                }
            });
            return List.of(name == null ? -1 : index(name), coresBefore, coresAfter, children);
        }

        private int index(String name) {
            return nameIndex.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }
    }
}
