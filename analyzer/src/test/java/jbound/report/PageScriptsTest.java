package jbound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Each page's script is its entry and what that uses, each script after the scripts it uses:
 * a global one script defines ({@code var jboundX = …}, uPlot) is only read by scripts that come after it.
 */
class PageScriptsTest {

    private static final List<String> PAGES = List.of("report.js", "diff.js", "fleet.js", "ladder.js");
    private static final Pattern DEFINES = Pattern.compile("^var (jbound[A-Z]\\w*) =", Pattern.MULTILINE);
    private static final Pattern READS = Pattern.compile("\\b(jbound[A-Z]\\w*|uPlot)\\b");
    private static final String CHART_LIBRARY = "uplot/uPlot.iife.min.js";

    @Test
    void everyGlobalAPageScriptReadsIsDefinedByAScriptBundledBeforeIt() {
        for (String page : PAGES) {
            List<String> bundle = HtmlReport.SCRIPTS.of(page);
            assertEquals(page, bundle.getLast(), "the page's own script comes last: " + bundle);
            Map<String, String> definedBy = new HashMap<>();
            for (String script : bundle) {
                String text = resource(script);
                if (script.equals(CHART_LIBRARY)) {
                    definedBy.put("uPlot", script);
                    continue;
                }
                Matcher defines = DEFINES.matcher(text);
                while (defines.find()) {
                    definedBy.put(defines.group(1), script);
                }
                Matcher reads = READS.matcher(text);
                while (reads.find()) {
                    String global = reads.group(1);
                    // window.jboundLanes is the page's own hook for the tests, not a script's export.
                    if (!global.equals("jboundLanes")) {
                        assertTrue(definedBy.containsKey(global), page + ": " + script + " reads " + global + ", which no script before it in "
                                + bundle + " defines: name it in its '// uses:' line");
                    }
                }
            }
        }
    }

    @Test
    void theReportPageBundlesTheChartLibraryAndTheFlameGraphOnce() {
        List<String> bundle = HtmlReport.SCRIPTS.of("report.js");
        assertEquals(List.of(CHART_LIBRARY, "dom.js", "format.js", "table.js", "flame.js", "report-flame.js", "report.js"), bundle);
        assertEquals(bundle.size(), bundle.stream().distinct().count());
    }

    @Test
    void scriptsThatUseEachOtherInACircleAreRefusedByName() {
        Map<String, String> scripts = Map.of("a.js", "// uses: b.js\nvar a;", "b.js", "// uses: a.js\nvar b;");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new PageScripts(scripts::get).of("a.js"));
        assertTrue(refused.getMessage().contains("a.js → b.js → a.js"), refused.getMessage());
    }

    @Test
    void onlyTheOpeningCommentsNameUses() {
        Map<String, String> scripts = Map.of("a.js", "// the page\n// uses: b.js c.js\nvar s = '\\n// uses: d.js';\n// uses: d.js\n",
                "b.js", "var b;", "c.js", "var c;");
        assertEquals(List.of("b.js", "c.js", "a.js"), new PageScripts(scripts::get).of("a.js"));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/jbound/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
