package jbound.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import jbound.recording.UnreadableRecordingException;
import jbound.report.FleetReport;
import jbound.report.FleetSums;
import jbound.report.FleetTerminalReport;
import jbound.report.HtmlReport;

/** {@code jbound fleet A.jfr B.jfr ... | DIR/}: each recording, in parallel, and all of them together. */
final class FleetCommand implements Command {

    private final FleetEngine engine;

    FleetCommand(FleetEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public String summary() {
        return "many recordings at once: each one's verdict, the outliers, and the hot methods and I/O of all together";
    }

    @Override
    public List<String> usage() {
        return List.of("fleet " + engine.names() + " [--html OUT.html] [--json OUT.json] [--top N] [--include PKG] [--exclude PKG]");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(SharedOptions.json("the fleet's report"))
                .addOption(SharedOptions.html("the fleet's report"))
                .addOption(SharedOptions.top())
                .addOption(SharedOptions.include())
                .addOption(SharedOptions.exclude())
                .addOption(SharedOptions.maxUnpacked());
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException, UnreadableRecordingException, IOException {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("fleet needs recordings: jbound fleet " + engine.names());
        }
        FleetEngine.Found found = engine.find(line.getArgList());
        int top = SharedOptions.top(line);
        Outputs outputs = Outputs.of(line, io.out(), found.local().toArray(Path[]::new));
        FleetEngine.Scope scope = new FleetEngine.Scope(SharedOptions.packages(line, "include"), SharedOptions.packages(line, "exclude"),
                SharedOptions.unpackLimit(line));
        FleetSums sums = engine.sum(found, scope);
        FleetReport fleet = FleetReport.of(sums, top);
        if (fleet.recordings().stream().allMatch(r -> r.error() != null)) {
            throw new UnreadableRecordingException(found.recordings().getFirst(), "none of the " + fleet.recordings().size()
                    + " recordings could be read; the first: " + fleet.recordings().getFirst().error());
        }
        new FleetTerminalReport(fleet).print(outputs.terminal());
        outputs.write(fleet, html -> HtmlReport.write(fleet, Main.version(), html));
    }
}
