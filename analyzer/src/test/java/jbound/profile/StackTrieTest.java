package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class StackTrieTest {

    private static final int MAIN = 0;
    private static final int PARSE = 1;
    private static final int RECURSE = 2;

    @Test
    void selfCountsTheExecutingMethodAndTotalCountsEveryMethodOnTheStack() {
        StackTrie trie = new StackTrie();
        trie.add(new int[] {PARSE, MAIN}, 3);
        trie.add(new int[] {MAIN}, 1);

        Map<Integer, StackTrie.MethodWeight> w = byMethod(trie.methodWeights(3));
        assertEquals(4, trie.totalWeight());
        assertEquals(3, w.get(PARSE).self());
        assertEquals(3, w.get(PARSE).total());
        assertEquals(1, w.get(MAIN).self());
        assertEquals(4, w.get(MAIN).total());
    }

    @Test
    void recursionCountsOnceInTotal() {
        StackTrie trie = new StackTrie();
        trie.add(new int[] {RECURSE, RECURSE, RECURSE, MAIN}, 2);

        Map<Integer, StackTrie.MethodWeight> w = byMethod(trie.methodWeights(3));
        assertEquals(2, w.get(RECURSE).total());
        assertEquals(2, w.get(RECURSE).self());
    }

    @Test
    void mergingTwoTriesEqualsAddingAllStacksToOne() {
        StackTrie a = new StackTrie();
        StackTrie b = new StackTrie();
        StackTrie all = new StackTrie();
        int[][] stacks = {{PARSE, MAIN}, {MAIN}, {RECURSE, PARSE, MAIN}};
        for (int i = 0; i < stacks.length; i++) {
            (i % 2 == 0 ? a : b).add(stacks[i], i + 1);
            all.add(stacks[i], i + 1);
        }
        a.merge(b);

        assertEquals(all.methodWeights(3), a.methodWeights(3));
        assertEquals(all.totalWeight(), a.totalWeight());
    }

    @Test
    void manyChildrenStayDistinct() {
        StackTrie trie = new StackTrie();
        for (int m = 1; m <= 100; m++) {
            trie.add(new int[] {m, 0}, m);
        }
        trie.add(new int[] {50, 0}, 1);

        Map<Integer, StackTrie.MethodWeight> w = byMethod(trie.methodWeights(101));
        assertEquals(51, w.get(50).self());
        assertEquals(100, trie.root().children().getFirst().children().size());
    }

    @Test
    void pathsPastTheNodeBudgetFoldIntoOtherStacksAndTotalsStayWhole() {
        StackTrie trie = new StackTrie(3);
        trie.add(new int[] {PARSE, MAIN}, 2);
        trie.add(new int[] {RECURSE, MAIN}, 5);

        Map<Integer, StackTrie.MethodWeight> w = byMethod(trie.methodWeights(3));
        assertEquals(7, trie.totalWeight());
        assertEquals(5, trie.foldedWeight());
        assertEquals(7, w.get(MAIN).total(), "the shared frame keeps all its weight");
        assertEquals(null, w.get(RECURSE), "the path with no room is not invented");
        StackTrie.Node main = trie.root().children().getFirst();
        assertEquals(List.of(PARSE, StackTrie.OTHER_STACKS), main.children().stream().map(StackTrie.Node::method).toList());
    }

    @Test
    void mergingIntoAFullTrieFoldsWhatHasNoRoom() {
        StackTrie full = new StackTrie(2);
        full.add(new int[] {MAIN}, 1);
        StackTrie other = new StackTrie();
        other.add(new int[] {RECURSE, PARSE, MAIN}, 4);

        full.merge(other);

        assertEquals(5, full.totalWeight());
        assertEquals(4, full.foldedWeight());
        assertEquals(5, byMethod(full.methodWeights(3)).get(MAIN).total());
    }

    @Test
    void stacksTensOfThousandsOfFramesDeepNeedNoRecursion() {
        int[] deep = new int[50_000];
        java.util.Arrays.fill(deep, RECURSE);
        deep[deep.length - 1] = MAIN;
        StackTrie trie = new StackTrie();
        trie.add(deep, 1);
        StackTrie copy = new StackTrie();

        copy.merge(trie);

        Map<Integer, StackTrie.MethodWeight> w = byMethod(copy.methodWeights(3));
        assertEquals(1, w.get(RECURSE).total(), "a recursive method counts once per stack");
        assertEquals(1, w.get(RECURSE).self());
    }

    @Test
    void stacksCutAtTheDepthLimitHangUnderOneTruncatedFrame() {
        StackTrie trie = new StackTrie();
        trie.add(new int[] {PARSE, RECURSE}, true, 2);
        trie.add(new int[] {PARSE, RECURSE, RECURSE}, true, 1);
        trie.add(new int[] {PARSE, MAIN}, false, 4);

        List<Integer> underRoot = trie.root().children().stream().map(StackTrie.Node::method).toList();
        assertEquals(List.of(StackTrie.TRUNCATED, MAIN), underRoot);
        assertEquals(3, trie.root().children().getFirst().total());
        assertEquals(7, byMethod(trie.methodWeights(3)).get(PARSE).total());
    }

    private static Map<Integer, StackTrie.MethodWeight> byMethod(List<StackTrie.MethodWeight> weights) {
        return weights.stream().collect(Collectors.toMap(StackTrie.MethodWeight::method, Function.identity()));
    }
}
