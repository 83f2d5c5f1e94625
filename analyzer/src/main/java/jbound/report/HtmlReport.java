package jbound.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.Analysis;
import jbound.profile.IoTimeline;

/**
 * The report as one self-contained HTML page: the template, its stylesheet and script are
 * resources inlined at write time, and the data is one JSON block the script renders from.
 * The page loads nothing from any network (its Content-Security-Policy forbids it), and every
 * string from the recording reaches the page only as JSON data, rendered as text.
 */
public final class HtmlReport {

    private static final String RESOURCES = "/jbound/report/";
    private static final ObjectMapper MAPPER = JsonReport.mapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z]+)}}");

    /** Everything the page's script renders. */
    /** @param top rows each table shows before "show all" (the command line's --top) */
    record PageData(AnalysisReport report, FlameGraphData flame, List<IoTimeline> ioTimeline, int top) {
    }

    /** uPlot, unpacked from its webjar into the jar at build time (see analyzer/pom.xml), inlined into every analysis page. */
    static final String CHART_LIBRARY = "uplot/uPlot.iife.min.js";
    static final String CHART_STYLE = "uplot/uPlot.min.css";

    private HtmlReport() {
    }

    public static void write(Analysis analysis, AnalysisReport report, int top, OutputFile target) throws IOException {
        write(target, render(new PageData(report, FlameGraphData.of(analysis.profile()), analysis.profile().offCpu().ioTimeline(), top)));
    }

    /** The diff page: both recordings' figures, the changed methods and a differential flame graph. */
    public static void write(DiffReport diff, DiffFlameData flame, String jboundVersion, OutputFile target) throws IOException {
        record DiffPage(DiffReport diff, DiffFlameData flame) {
        }
        write(target, page("diff.html", "jbound diff — " + diff.before().file() + " → " + diff.after().file(), jboundVersion,
                new DiffPage(diff, flame), "dom.js", "format.js", "table.js", "flame.js", "diff.js"));
    }

    /** The fleet page: a verdict per recording, outliers, and the hot methods and I/O of all together. */
    public static void write(FleetReport fleet, String jboundVersion, OutputFile target) throws IOException {
        record FleetPage(FleetReport fleet) {
        }
        write(target, page("fleet.html", "jbound — " + fleet.recordings().size() + " recordings", jboundVersion,
                new FleetPage(fleet), "dom.js", "format.js", "table.js", "fleet.js"));
    }

    /** The ladder's page, in the analysis report's style. */
    public static void writeLadder(Object ladderReport, String jboundVersion, OutputFile target) throws IOException {
        write(target, page("ladder.html", "jbound ladder", jboundVersion, ladderReport, "dom.js", "format.js", "ladder.js"));
    }

    static String render(PageData data) {
        return page("report.html", "jbound — " + data.report().recording().file(), data.report().jboundVersion(), data,
                List.of(CHART_STYLE), List.of(CHART_LIBRARY, "dom.js", "format.js", "table.js", "flame.js", "report.js"));
    }

    /**
     * One page: the shell {@code page.html} (head, stylesheet, data and script) around the page's
     * own body, a resource of its own. Placeholders are filled in one pass, so text that comes from
     * a recording (a file name in the title, a string in the data) is never read as a placeholder.
     */
    private static String page(String body, String title, String jboundVersion, Object data, String... scripts) {
        return page(body, title, jboundVersion, data, List.of(), List.of(scripts));
    }

    /** @param styles stylesheets inlined before the page's own, such as the chart library's */
    private static String page(String body, String title, String jboundVersion, Object data, List<String> styles, List<String> scripts) {
        StringBuilder script = new StringBuilder();
        for (String name : scripts) {
            script.append(resource(name)).append('\n');
        }
        StringBuilder style = new StringBuilder();
        for (String name : styles) {
            style.append(resource(name)).append('\n');
        }
        style.append(resource("report.css"));
        Map<String, String> values = Map.of("STYLE", style.toString(), "SCRIPT", script.toString(),
                "VERSION", escapeHtml(jboundVersion), "TITLE", escapeHtml(title), "DATA", scriptSafeJson(data));
        Matcher placeholder = PLACEHOLDER.matcher(resource("page.html").replace("{{BODY}}", resource(body)));
        StringBuilder page = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for " + placeholder.group() + " in " + body);
            }
            placeholder.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(page).toString();
    }

    private static void write(OutputFile target, String page) throws IOException {
        target.write(out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * JSON that cannot end its {@code <script>} element or open another: {@code <}, {@code >}
     * and {@code &} become Unicode escapes, which JSON strings read back as the same characters.
     */
    static String scriptSafeJson(Object data) {
        try {
            return MAPPER.writeValueAsString(data)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the report", e);
        }
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
