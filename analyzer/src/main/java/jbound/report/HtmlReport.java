package jbound.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    static final PageScripts SCRIPTS = new PageScripts(HtmlReport::resource);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z]+)}}");

    /**
     * Everything the page's script renders.
     *
     * @param top rows each table shows before "show all" (the command line's --top)
     */
    record PageData(AnalysisReport report, FlameGraphData flame, List<IoTimeline> ioTimeline, int top) {
    }

    /** uPlot's stylesheet; uPlot, unpacked from its webjar into the jar at build time (see analyzer/pom.xml), is a script report.js uses. */
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
                new DiffPage(diff, flame), "diff.js"));
    }

    /** The fleet page: a verdict per recording, outliers, and the hot methods and I/O of all together. */
    public static void write(FleetReport fleet, String jboundVersion, OutputFile target) throws IOException {
        record FleetPage(FleetReport fleet) {
        }
        write(target, page("fleet.html", "jbound — " + fleet.recordings().size() + " recordings", jboundVersion,
                new FleetPage(fleet), "fleet.js"));
    }

    /** The ladder's page, in the analysis report's style. */
    public static void writeLadder(Object ladderReport, String jboundVersion, OutputFile target) throws IOException {
        write(target, page("ladder.html", "jbound ladder", jboundVersion, ladderReport, "ladder.js"));
    }

    static Page render(PageData data) {
        return page("report.html", "jbound — " + data.report().recording().file(), data.report().jboundVersion(), data,
                List.of(CHART_STYLE), "report.js");
    }

    /**
     * One page: the shell {@code page.html} (head, stylesheet, data and script) around the page's
     * own body, a resource of its own. Placeholders are filled in one pass, so text that comes from
     * a recording (a file name in the title, a string in the data) is never read as a placeholder.
     */
    private static Page page(String body, String title, String jboundVersion, Object data, String script) {
        return page(body, title, jboundVersion, data, List.of(), script);
    }

    /**
     * @param styles stylesheets inlined before the page's own, such as the chart library's
     * @param script the page's own script: it and the scripts it uses are inlined ({@link PageScripts})
     */
    private static Page page(String body, String title, String jboundVersion, Object data, List<String> styles, String script) {
        StringBuilder style = new StringBuilder();
        for (String name : styles) {
            style.append(resource(name)).append('\n');
        }
        style.append(resource("report.css"));
        Map<String, String> texts = Map.of("STYLE", style.toString(), "SCRIPT", SCRIPTS.bundle(script),
                "VERSION", escapeHtml(jboundVersion), "TITLE", escapeHtml(title));
        String shell = resource("page.html").replace("{{BODY}}", resource(body));
        Matcher placeholder = PLACEHOLDER.matcher(shell);
        String beforeData = null;
        StringBuilder text = new StringBuilder();
        int from = 0;
        while (placeholder.find()) {
            text.append(shell, from, placeholder.start());
            from = placeholder.end();
            if (placeholder.group(1).equals("DATA")) {
                if (beforeData != null) {
                    throw new IllegalStateException("the page shell holds {{DATA}} twice");
                }
                beforeData = text.toString();
                text.setLength(0);
                continue;
            }
            String value = texts.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for " + placeholder.group() + " in " + body);
            }
            text.append(value);
        }
        text.append(shell, from, shell.length());
        if (beforeData == null) {
            throw new IllegalStateException("the page shell lacks {{DATA}}");
        }
        return new Page(beforeData, data, text.toString());
    }

    /**
     * A page ready to write: its text around the data, which is written as JSON straight into the
     * file rather than built as a string first (a large recording's data is tens of megabytes, and
     * a string of it was copied several times over on the way out).
     */
    record Page(String beforeData, Object data, String afterData) {

        void writeTo(Writer out) throws IOException {
            out.write(beforeData);
            MAPPER.writeValue(new ScriptSafe(out), data);
            out.write(afterData);
        }
    }

    private static void write(OutputFile target, Page page) throws IOException {
        target.write(out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            page.writeTo(text);
            text.flush();
        });
    }

    /**
     * JSON that cannot end its {@code <script>} element or open another: {@code <}, {@code >}
     * and {@code &} become Unicode escapes, which JSON strings read back as the same characters
     * (so do the line and paragraph separators, which old script parsers took for line ends).
     * Closing it leaves the stream beneath open: the page goes on after the data.
     */
    static final class ScriptSafe extends Writer {

        private final Writer out;

        ScriptSafe(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int run = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                String escape = escape(chars[i]);
                if (escape != null) {
                    out.write(chars, run, i - run);
                    out.write(escape);
                    run = i + 1;
                }
            }
            out.write(chars, run, end - run);
        }

        private static String escape(char c) {
            return switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
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
