package jbound.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;

import jbound.report.JsonReport;
import jbound.report.OutputFile;
import jbound.report.TerminalText;

/**
 * The {@code --json} and {@code --html} outputs of a command, checked before any work: a long
 * analysis is not wasted on an output that cannot be written, and no output may be one of the
 * inputs under any name (a link, a linked folder, {@code /proc/self/cwd}, a hard link).
 *
 * @param json     null where not asked for
 * @param html     null where not asked for
 * @param terminal where the terminal summary goes: standard output, or nowhere when an output
 *                 goes there ("-"), so that it can be piped
 */
record Outputs(OutputFile json, OutputFile html, PrintStream terminal) {

    /** Linux's NAME_MAX: a longer name fails only when the output is renamed into place, after the work. */
    static final int MAX_NAME_BYTES = 255;

    /** Writes a page into the output it is given. */
    @FunctionalInterface
    interface Page {
        void writeTo(OutputFile target) throws IOException;
    }

    static Outputs of(CommandLine line, PrintStream out, Path... inputs) throws UsageException {
        OutputFile json = resolve(line, "json", out, inputs);
        OutputFile html = resolve(line, "html", out, inputs);
        if (json != null && html != null && same(json, html)) {
            throw new UsageException("--json and --html name the same output (" + json.name() + "); give each its own");
        }
        boolean piped = (json != null && json.isStandardOutput()) || (html != null && html.isStandardOutput());
        return new Outputs(json, html, piped ? new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8) : out);
    }

    /**
     * {@code --out FILE.jfr}, where a live command keeps what it recorded: null where not asked
     * for; never standard output (the bytes are binary), nor the same file as the other outputs.
     */
    OutputFile recording(CommandLine line, PrintStream out) throws UsageException {
        OutputFile recording = resolve(line, "out", out);
        if (recording == null) {
            return null;
        }
        if (recording.isStandardOutput()) {
            throw new UsageException("--out needs a file name: a recording is not for the terminal");
        }
        for (OutputFile other : new OutputFile[] {json, html}) {
            if (other != null && same(recording, other)) {
                throw new UsageException("--out and another output name the same file (" + recording.name() + "); give each its own");
            }
        }
        return recording;
    }

    /** Writes what was asked for, and says where on the terminal. */
    void write(Object jsonValue, Page page) throws IOException {
        if (json == null && html == null) {
            return;
        }
        terminal.println();
        if (json != null) {
            JsonReport.write(jsonValue, json);
            announce("JSON", json);
        }
        if (html != null) {
            page.writeTo(html);
            announce("HTML report", html);
        }
    }

    private void announce(String what, OutputFile output) {
        if (!output.isStandardOutput()) {
            terminal.println(what + " written to " + TerminalText.safe(output.name()));
        }
    }

    private static OutputFile resolve(CommandLine line, String option, PrintStream out, Path... inputs) throws UsageException {
        if (!line.hasOption(option)) {
            return null;
        }
        String name = line.getOptionValue(option);
        if (name.isEmpty()) {
            throw new UsageException("--" + option + " needs a file name (or - for standard output)");
        }
        if (name.equals("-")) {
            return OutputFile.standardOutput(out);
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("--" + option + " names no possible file: " + e.getReason());
        }
        String shown = TerminalText.safe(name);
        if (path.getFileName() != null && path.getFileName().toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new UsageException("the output name " + shown + " is too long: a file name holds at most " + MAX_NAME_BYTES + " bytes");
        }
        OutputFile output = locate(shown, path);
        for (Path input : inputs) {
            if (input != null && isSameFile(output.target(), input)) {
                throw new UsageException("the output " + shown + (inputs.length == 1 ? " is the input recording" : " is one of the input recordings")
                        + (output.target().equals(input.toAbsolutePath().normalize()) ? "" : " (under another name)") + "; choose another name");
            }
        }
        return output;
    }

    /** Where the name leads, following links; a regular file keeps its links, a special file is written into. */
    private static OutputFile locate(String shown, Path path) throws UsageException {
        try {
            if (Files.isDirectory(path)) {
                throw new UsageException("the output " + shown + " is a directory; name a file");
            }
            if (Files.exists(path)) {
                if (!Files.isWritable(path)) {
                    throw new UsageException("cannot write " + shown + ": permission denied");
                }
                // Asked before resolving: a link to a pipe (/proc/self/fd/1) leads to no path.
                return Files.isRegularFile(path) ? writableRegular(shown, path.toRealPath()) : OutputFile.intoSpecialFile(shown, path);
            }
            if (Files.isSymbolicLink(path)) {
                throw new UsageException("cannot write " + shown + ": it is a link to " + Files.readSymbolicLink(path) + ", which does not exist");
            }
            Path parent = path.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new UsageException("cannot write " + shown + ": its directory does not exist");
            }
            return writableRegular(shown, parent.toRealPath().resolve(path.getFileName()));
        } catch (IOException e) {
            throw new UsageException("cannot write " + shown + ": " + e.getMessage());
        }
    }

    private static OutputFile writableRegular(String shown, Path real) throws UsageException {
        if (!Files.isWritable(real.getParent())) {
            throw new UsageException("cannot write " + shown + ": permission denied in its directory");
        }
        return OutputFile.regularFile(shown, real);
    }

    private static boolean same(OutputFile a, OutputFile b) {
        if (a.isStandardOutput() || b.isStandardOutput()) {
            return a.isStandardOutput() && b.isStandardOutput();
        }
        return a.target().equals(b.target()) || isSameFile(a.target(), b.target());
    }

    /** Same file by the file system's own identity (device and inode), where both exist. */
    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
