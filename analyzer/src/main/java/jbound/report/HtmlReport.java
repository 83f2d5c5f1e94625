package jbound.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Everything the page's script renders. */
    record PageData(AnalysisReport report, FlameGraphData flame, List<IoTimeline> ioTimeline) {
    }

    private HtmlReport() {
    }

    public static void write(Analysis analysis, AnalysisReport report, Path target) throws IOException {
        String page = render(new PageData(report, FlameGraphData.of(analysis.profile()), analysis.profile().ioTimeline()));
        AtomicFile.write(target, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    /** The diff page: both recordings' figures, the changed methods and a differential flame graph. */
    public static void write(DiffReport diff, DiffFlameData flame, String jboundVersion, Path target) throws IOException {
        record DiffPage(DiffReport diff, DiffFlameData flame) {
        }
        String page = page("diff.html", "diff.js", jboundVersion, "jbound diff — " + diff.before().file() + " → " + diff.after().file(),
                new DiffPage(diff, flame));
        AtomicFile.write(target, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    /** The fleet page: a verdict per recording, outliers, and the hot methods and I/O of all together. */
    public static void write(FleetReport fleet, String jboundVersion, Path target) throws IOException {
        record FleetPage(FleetReport fleet) {
        }
        String page = page("fleet.html", "fleet.js", jboundVersion, "jbound — " + fleet.recordings().size() + " recordings",
                new FleetPage(fleet));
        AtomicFile.write(target, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static String page(String template, String script, String jboundVersion, String title, Object data) {
        return resource(template)
                .replace("{{STYLE}}", resource("report.css"))
                .replace("{{SCRIPT}}", resource("dom.js") + resource("table.js") + resource(script))
                .replace("{{VERSION}}", escapeHtml(jboundVersion))
                .replace("{{TITLE}}", escapeHtml(title))
                .replace("{{DATA}}", scriptSafeJson(data));
    }

    /** The ladder's page, in the analysis report's style. */
    public static void writeLadder(Object ladderReport, String jboundVersion, Path target) throws IOException {
        String page = resource("ladder.html")
                .replace("{{STYLE}}", resource("report.css"))
                .replace("{{SCRIPT}}", resource("dom.js") + resource("ladder.js"))
                .replace("{{VERSION}}", escapeHtml(jboundVersion))
                .replace("{{DATA}}", scriptSafeJson(ladderReport));
        AtomicFile.write(target, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    static String render(PageData data) {
        String template = resource("report.html");
        return template
                .replace("{{STYLE}}", resource("report.css"))
                .replace("{{SCRIPT}}", resource("dom.js") + resource("table.js") + resource("report.js"))
                .replace("{{VERSION}}", escapeHtml(data.report().jboundVersion()))
                .replace("{{TITLE}}", escapeHtml("jbound — " + data.report().recording().file()))
                .replace("{{DATA}}", scriptSafeJson(data));
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
