package jbound.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;
import jbound.recording.StackTable;

/**
 * The samplers' stacks, one trie per kind of sample, and the CPU samples by the first application
 * frame of their stack; they make the {@link Samples} of a profile, with the methods ranked.
 */
final class SampledStacks implements Merging<SampledStacks> {

    /** The kinds of sample kept apart. */
    enum Kind { EXECUTION, CPU_TIME, NATIVE, NATIVE_IO, WALL }

    private final MethodTable methods;
    private final ApplicationFrames applicationFrames;
    private final StackViews<Kind> views;
    private final CountsByMethod executionByApplicationFrame = new CountsByMethod();

    SampledStacks(MethodTable methods, ApplicationFrames applicationFrames, StackTable stacks) {
        this.methods = methods;
        this.applicationFrames = applicationFrames;
        this.views = new StackViews<>(Kind.class, kind -> true, stacks);
    }

    void add(Kind kind, RecordedStack stack, long weight) {
        views.get(kind).add(stack, weight);
    }

    /** A CPU sample: its stack, and its weight charged to the stack's first application frame. */
    void addExecution(RecordedStack stack, int applicationFrame, long weight) {
        add(Kind.EXECUTION, stack, weight);
        executionByApplicationFrame.add(applicationFrame, weight);
    }

    StackTrie trie(Kind kind) {
        return views.get(kind).trie();
    }

    void forEach(BiConsumer<Kind, StackTrie> action) {
        views.forEach((kind, stacks) -> action.accept(kind, stacks.trie()));
    }

    /** Ends a segment: stacks held back for their weights are added to the tries. */
    void flush() {
        views.flush();
    }

    @Override
    public void merge(SampledStacks other, Remap numbers) {
        views.merge(other.views, numbers);
        executionByApplicationFrame.merge(other.executionByApplicationFrame, numbers);
    }

    Samples result(long executionPeriodNanos, List<NativeSite> nativeSites) {
        StackTrie execution = trie(Kind.EXECUTION);
        StackTrie cpuTime = trie(Kind.CPU_TIME);
        StackTrie nativeSamples = trie(Kind.NATIVE);
        StackTrie wall = trie(Kind.WALL);
        return new Samples(execution, cpuTime, nativeSamples, wall, hotMethods(execution), hotApplicationMethods(),
                hotMethods(cpuTime), hotMethods(nativeSamples), hotMethods(wall), executionPeriodNanos, nativeSites);
    }

    /** The methods by self weight, then total, then name. */
    private List<HotMethod> hotMethods(StackTrie trie) {
        long all = trie.totalWeight();
        return trie.methodWeights(methods.size()).stream()
                .sorted(Comparator.comparingLong(StackTrie.MethodWeight::self).reversed()
                        .thenComparing(Comparator.comparingLong(StackTrie.MethodWeight::total).reversed())
                        .thenComparing(w -> methods.name(w.method())))
                .map(w -> new HotMethod(methods.name(w.method()), w.self(), percent(w.self(), all), w.total(), percent(w.total(), all),
                        applicationFrames.isApplication(w.method())))
                .toList();
    }

    /** CPU samples charged to the first application frame of their stacks: where in the user's code the time goes. */
    private List<HotMethod> hotApplicationMethods() {
        long all = trie(Kind.EXECUTION).totalWeight();
        Map<Integer, Long> byFrame = new HashMap<>();
        executionByApplicationFrame.forEach(byFrame::put);
        return byFrame.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(e -> methodName(e.getKey())))
                .map(e -> new HotMethod(methodName(e.getKey()), e.getValue(), percent(e.getValue(), all), e.getValue(),
                        percent(e.getValue(), all), e.getKey() >= 0))
                .toList();
    }

    private String methodName(int method) {
        return method < 0 ? ApplicationCode.NO_APPLICATION_FRAME : methods.name(method);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
