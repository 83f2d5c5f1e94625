package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jbound.profile.HotMethod;
import jbound.support.Recordings;
import jbound.support.Slow;

/** The JDK's own {@code jfr view hot-methods} is the oracle for method names, sample counts and percentages. */
@Slow
class HotMethodsOracleTest {

    private record Row(String method, long samples, double percent) {
    }

    private static final Pattern ROW = Pattern.compile("^(\\S.*?)\\s+([\\d,]+)\\s+([\\d.]+)%\\s*$");

    @ParameterizedTest
    @ValueSource(strings = {"CpuBound", "Mixed", "LockContended"})
    void hotMethodsAgreeWithTheJdksOwnView(String sample) throws Exception {
        Path recording = Recordings.of(sample);
        List<Row> oracle = jfrViewHotMethods(recording);
        assertTrue(!oracle.isEmpty(), "the JDK's view should list methods");

        Map<String, HotMethod> ours = Recordings.analyze(recording).profile().samples().hotMethods().stream()
                .collect(Collectors.toMap(HotMethod::method, Function.identity()));
        for (Row row : oracle) {
            HotMethod mine = ours.get(row.method());
            assertTrue(mine != null, "jbound does not name " + row.method());
            assertEquals(row.samples(), mine.selfSamples(), row.method());
            assertEquals(row.percent(), mine.selfPercent(), 0.006, row.method());
        }
    }

    private static List<Row> jfrViewHotMethods(Path recording) throws IOException, InterruptedException {
        Path jfr = Recordings.javaHome().resolve("bin/jfr");
        Process process = new ProcessBuilder(jfr.toString(), "view", "--width", "400", "hot-methods", recording.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<Row> rows = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(m.group(1).strip(), Long.parseLong(m.group(2).replace(",", "")), Double.parseDouble(m.group(3))));
            }
        }
        return rows;
    }
}
