package jbound.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's scripts as one bundle, from its entry script: each script names the scripts it uses in
 * a {@code // uses: a.js b.js} line among its opening comments, and comes after all of them, each
 * once. The page names its entry only; no list of scripts in Java has to keep their order.
 */
final class PageScripts {

    /** The line that names what a script uses: {@code // uses: dom.js format.js}. */
    static final Pattern USES = Pattern.compile("^// uses:((?: +[\\w./-]+)+) *$", Pattern.MULTILINE);

    private final Function<String, String> source;
    private final Map<String, List<String>> bundles = new ConcurrentHashMap<>();

    /** @param source a script's text by its name, as a resource of the report */
    PageScripts(Function<String, String> source) {
        this.source = source;
    }

    /** The scripts of the page whose script is {@code entry}, each after the ones it uses. */
    List<String> of(String entry) {
        return bundles.computeIfAbsent(entry, e -> {
            Set<String> ordered = new LinkedHashSet<>();
            visit(e, new ArrayList<>(), ordered);
            return List.copyOf(ordered);
        });
    }

    /** The one script that is the whole page's, in that order. */
    String bundle(String entry) {
        StringBuilder script = new StringBuilder();
        for (String name : of(entry)) {
            script.append(source.apply(name)).append('\n');
        }
        return script.toString();
    }

    /** The scripts {@code script} names as used, in the order named. */
    List<String> uses(String script) {
        String text = source.apply(script);
        // Only the opening comments name uses: a "// uses:" further down is the script's own text.
        int code = 0;
        while (code < text.length() && text.startsWith("//", code)) {
            int end = text.indexOf('\n', code);
            code = end < 0 ? text.length() : end + 1;
        }
        List<String> uses = new ArrayList<>();
        Matcher line = USES.matcher(text.substring(0, code));
        while (line.find()) {
            uses.addAll(List.of(line.group(1).trim().split(" +")));
        }
        return uses;
    }

    private void visit(String script, List<String> path, Set<String> ordered) {
        if (ordered.contains(script)) {
            return;
        }
        if (path.contains(script)) {
            throw new IllegalStateException("the report's scripts use each other in a circle: " + String.join(" → ", path) + " → " + script);
        }
        path.add(script);
        // A library (uPlot) names nothing it uses and is not ours to annotate.
        List<String> uses = script.endsWith(".min.js") ? List.of() : uses(script);
        for (String used : uses) {
            visit(used, path, ordered);
        }
        path.removeLast();
        ordered.add(script);
    }
}
