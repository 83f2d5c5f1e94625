package jbound.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Views printed one after another, a blank line between: for pipes, files, scripts and {@code --iterations}. */
final class AppendedDisplay implements TopDisplay {

    private final PrintStream out;
    private final int width;

    AppendedDisplay(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void show(List<String> lines) {
        StringBuilder view = new StringBuilder();
        lines.forEach(line -> view.append(line).append('\n'));
        out.print(view.append('\n'));
        out.flush();
    }

    @Override
    public Wake await(Duration most, CtrlC ctrlC) throws InterruptedException {
        return ctrlC.awaitPress(most) ? Wake.QUIT : Wake.REFRESH;
    }

    @Override
    public void close() {
    }
}
