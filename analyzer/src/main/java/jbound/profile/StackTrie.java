package jbound.profile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stacks merged into a tree of calls, each node weighted by what was spent in it (samples or
 * nanoseconds). Memory grows with distinct call paths, not with events, and up to
 * {@link #MAX_NODES}: past that, the part of a stack that would need new nodes is folded into an
 * {@link #OTHER_STACKS} node under the deepest frame the trie already has, so totals stay whole
 * and only the detail of the rarest paths is lost. Two tries of the same method numbering merge
 * into one, so parts of a recording can be aggregated apart. Stacks are as deep as the recording
 * says (thousands of frames): nothing here recurses.
 */
public final class StackTrie {

    /** About 16 MB at most per trie: a view of stacks this detailed is more than any page or table shows. */
    public static final int MAX_NODES = 200_000;
    /** The method number of the node that holds the paths past {@link #MAX_NODES}. */
    public static final int OTHER_STACKS = -2;
    /**
     * The method number of the frame that stands, under the root, for the callers the JVM left
     * out of stacks longer than its depth limit: such stacks hang together under it instead of
     * standing beside the root as if their outermost frame were a thread's first.
     */
    public static final int TRUNCATED = -3;

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

        /** The method's number in the {@code MethodTable}; -1 at the root, {@link #OTHER_STACKS} for folded paths. */
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

        private Node existingChild(int childMethod) {
            if (index != null) {
                return index.get(childMethod);
            }
            for (int i = 0; i < childCount; i++) {
                if (children[i].method == childMethod) {
                    return children[i];
                }
            }
            return null;
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
    private final int maxNodes;
    private int nodes = 1;
    private long folded;

    public StackTrie() {
        this(MAX_NODES);
    }

    /** A trie of at most about {@code maxNodes} nodes (each existing node may gain one {@link #OTHER_STACKS} child past it). */
    public StackTrie(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    /** Adds one stack, given executing method first, as the JVM records it. */
    public void add(int[] framesLeafFirst, long weight) {
        add(framesLeafFirst, false, weight);
    }

    /** Adds one stack; a {@code truncated} one (cut at the JVM's depth limit) under the {@link #TRUNCATED} frame. */
    public void add(int[] framesLeafFirst, boolean truncated, long weight) {
        Node node = root;
        node.total += weight;
        if (truncated) {
            node = child(node, TRUNCATED);
            node.total += weight;
            if (node.method == OTHER_STACKS) {
                folded += weight;
                node.self += weight;
                return;
            }
        }
        for (int i = framesLeafFirst.length - 1; i >= 0; i--) {
            node = child(node, framesLeafFirst[i]);
            node.total += weight;
            if (node.method == OTHER_STACKS) {
                folded += weight;
                break;
            }
        }
        node.self += weight;
    }

    /** The child for {@code method}, made where the budget allows; else the node's folded paths. */
    private Node child(Node parent, int method) {
        Node known = parent.existingChild(method);
        if (known != null) {
            return known;
        }
        if (nodes >= maxNodes) {
            Node other = parent.existingChild(OTHER_STACKS);
            return other != null ? other : parent.newChild(OTHER_STACKS);
        }
        nodes++;
        return parent.newChild(method);
    }

    /** Adds every path of {@code other} into this trie. */
    public void merge(StackTrie other) {
        merge(other, null);
    }

    /** Adds every path of {@code other}, whose methods are numbered by another table, through {@code remap}. */
    public void merge(StackTrie other, int[] remap) {
        // Pairs of (node here, node there), depth first, on a stack of our own.
        ArrayDeque<Node[]> work = new ArrayDeque<>();
        work.push(new Node[] {root, other.root});
        while (!work.isEmpty()) {
            Node[] pair = work.pop();
            Node into = pair[0];
            Node from = pair[1];
            into.self += from.self;
            into.total += from.total;
            if (into.method == OTHER_STACKS) {
                // Everything under a folded path stays folded here.
                into.self += from.total - from.self;
                folded += from.total;
                continue;
            }
            for (int i = 0; i < from.childCount; i++) {
                Node fromChild = from.children[i];
                int method = remap == null || fromChild.method < 0 ? fromChild.method : remap[fromChild.method];
                work.push(new Node[] {child(into, method), fromChild});
            }
        }
    }

    public Node root() {
        return root;
    }

    public long totalWeight() {
        return root.total;
    }

    /** Weight of the paths folded into {@link #OTHER_STACKS} nodes: 0 while the trie is under its budget. */
    public long foldedWeight() {
        return folded;
    }

    /**
     * Self and total weight per method. Total counts a stack once even where the method stands
     * on it more than once (recursion), as profilers' "total" columns do.
     */
    public List<MethodWeight> methodWeights(int methodCount) {
        long[] self = new long[methodCount];
        long[] total = new long[methodCount];
        int[] onPath = new int[methodCount];
        // Depth first with an explicit stack; a node is visited on the way down (entered) and
        // again on the way up (left), when it leaves the path.
        ArrayDeque<Node> work = new ArrayDeque<>();
        ArrayDeque<Boolean> entering = new ArrayDeque<>();
        for (int i = root.childCount - 1; i >= 0; i--) {
            work.push(root.children[i]);
            entering.push(true);
        }
        while (!work.isEmpty()) {
            Node node = work.pop();
            boolean enter = entering.pop();
            int m = node.method;
            if (m < 0) {
                // A frame of jbound's own ([truncated], folded paths): no method, but its stacks count.
                for (int i = node.childCount - 1; i >= 0; i--) {
                    work.push(node.children[i]);
                    entering.push(true);
                }
                continue;
            }
            if (!enter) {
                onPath[m]--;
                continue;
            }
            self[m] += node.self;
            if (onPath[m] == 0) {
                total[m] += node.total;
            }
            onPath[m]++;
            work.push(node);
            entering.push(false);
            for (int i = node.childCount - 1; i >= 0; i--) {
                work.push(node.children[i]);
                entering.push(true);
            }
        }
        List<MethodWeight> weights = new ArrayList<>();
        for (int m = 0; m < methodCount; m++) {
            if (total[m] > 0) {
                weights.add(new MethodWeight(m, self[m], total[m]));
            }
        }
        return weights;
    }

    /** A method's weight in a trie. */
    public record MethodWeight(int method, long self, long total) {
    }
}
