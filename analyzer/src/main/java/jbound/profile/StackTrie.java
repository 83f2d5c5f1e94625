package jbound.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stacks merged into a tree of calls, each node weighted by what was spent in it (samples or
 * nanoseconds). Memory grows with distinct call paths, not with events. Two tries of the same
 * method numbering merge into one, so parts of a recording can be aggregated apart.
 */
public final class StackTrie {

    /** One call path's node. Read-only outside the trie. */
    public static final class Node {
        private static final Node[] NO_CHILDREN = new Node[0];

        private final int method;
        private long self;
        private long total;
        private Node[] children = NO_CHILDREN;
        private int childCount;
        private Map<Integer, Node> index;

        private Node(int method) {
            this.method = method;
        }

        /** The method's number in the {@code MethodTable}; -1 at the root. */
        public int method() {
            return method;
        }

        /** Weight of the stacks that end here: spent in this method itself. */
        public long self() {
            return self;
        }

        /** Weight of all stacks through here. */
        public long total() {
            return total;
        }

        public List<Node> children() {
            return List.of(Arrays.copyOf(children, childCount));
        }

        private Node child(int childMethod) {
            if (index != null) {
                Node known = index.get(childMethod);
                return known != null ? known : newChild(childMethod);
            }
            for (int i = 0; i < childCount; i++) {
                if (children[i].method == childMethod) {
                    return children[i];
                }
            }
            return newChild(childMethod);
        }

        private Node newChild(int childMethod) {
            Node child = new Node(childMethod);
            if (childCount == children.length) {
                children = Arrays.copyOf(children, Math.max(4, childCount * 2));
            }
            children[childCount++] = child;
            if (index == null && childCount > LINEAR_SEARCH_LIMIT) {
                index = new HashMap<>();
                for (int i = 0; i < childCount; i++) {
                    index.put(children[i].method, children[i]);
                }
            } else if (index != null) {
                index.put(childMethod, child);
            }
            return child;
        }
    }

    private static final int LINEAR_SEARCH_LIMIT = 12;

    private final Node root = new Node(-1);

    /** Adds one stack, given executing method first, as the JVM records it. */
    public void add(int[] framesLeafFirst, long weight) {
        Node node = root;
        node.total += weight;
        for (int i = framesLeafFirst.length - 1; i >= 0; i--) {
            node = node.child(framesLeafFirst[i]);
            node.total += weight;
        }
        node.self += weight;
    }

    /** Adds every path of {@code other} into this trie. */
    public void merge(StackTrie other) {
        mergeNode(root, other.root, null);
    }

    /** Adds every path of {@code other}, whose methods are numbered by another table, through {@code remap}. */
    public void merge(StackTrie other, int[] remap) {
        mergeNode(root, other.root, remap);
    }

    private static void mergeNode(Node into, Node from, int[] remap) {
        into.self += from.self;
        into.total += from.total;
        for (int i = 0; i < from.childCount; i++) {
            Node fromChild = from.children[i];
            mergeNode(into.child(remap == null ? fromChild.method : remap[fromChild.method]), fromChild, remap);
        }
    }

    public Node root() {
        return root;
    }

    public long totalWeight() {
        return root.total;
    }

    /**
     * Self and total weight per method. Total counts a stack once even where the method stands
     * on it more than once (recursion), as profilers' "total" columns do.
     */
    public List<MethodWeight> methodWeights(int methodCount) {
        long[] self = new long[methodCount];
        long[] total = new long[methodCount];
        int[] onPath = new int[methodCount];
        for (int i = 0; i < root.childCount; i++) {
            accumulate(root.children[i], self, total, onPath);
        }
        List<MethodWeight> weights = new ArrayList<>();
        for (int m = 0; m < methodCount; m++) {
            if (total[m] > 0) {
                weights.add(new MethodWeight(m, self[m], total[m]));
            }
        }
        return weights;
    }

    private static void accumulate(Node node, long[] self, long[] total, int[] onPath) {
        int m = node.method;
        self[m] += node.self;
        if (onPath[m] == 0) {
            total[m] += node.total;
        }
        onPath[m]++;
        for (int i = 0; i < node.childCount; i++) {
            accumulate(node.children[i], self, total, onPath);
        }
        onPath[m]--;
    }

    /** A method's weight in a trie. */
    public record MethodWeight(int method, long self, long total) {
    }
}
