package jbound.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import jbound.recording.TemporaryFiles;

/**
 * Where an output goes, as resolved from the name the user gave (checking the name is the
 * command line's job): standard output, a special file written into, or a regular file
 * replaced whole.
 */
public final class OutputFile {

    public enum Kind {
        /** "-": the content goes to standard output. */
        STANDARD_OUTPUT,
        /** A device, FIFO or terminal: written into as it is; replacing it would replace, say, /dev/null. */
        INTO_SPECIAL_FILE,
        /** Written whole or not at all: into a temporary file beside it, then renamed over it. */
        REGULAR_FILE
    }

    /** Writes content to a stream; may fail. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String name;
    private final Kind kind;
    private final Path target;
    private final PrintStream standardOutput;

    private OutputFile(String name, Kind kind, Path target, PrintStream standardOutput) {
        this.name = name;
        this.kind = kind;
        this.target = target;
        this.standardOutput = standardOutput;
    }

    /** "-": the content goes to {@code out}. */
    public static OutputFile standardOutput(PrintStream out) {
        return new OutputFile("-", Kind.STANDARD_OUTPUT, null, out);
    }

    /** A device, FIFO or terminal, named {@code name}, opened at {@code path}. */
    public static OutputFile intoSpecialFile(String name, Path path) {
        return new OutputFile(name, Kind.INTO_SPECIAL_FILE, path, null);
    }

    /** A regular file, existing or not, at its real path (where links and folder links lead). */
    public static OutputFile regularFile(String name, Path realPath) {
        return new OutputFile(name, Kind.REGULAR_FILE, realPath, null);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The file written; null for standard output. */
    public Path target() {
        return target;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Readable by others, as a file written in place would be: temporary files start owner-only. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    /**
     * Writes the content; any failure, the content's own included, is an {@link IOException}
     * that names this output.
     */
    public void write(Content content) throws IOException {
        try {
            switch (kind) {
                case STANDARD_OUTPUT -> {
                    // Writers close what they are given; standard output must outlive this output.
                    content.writeTo(new java.io.FilterOutputStream(standardOutput) {
                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len);
                        }

                        @Override
                        public void close() throws IOException {
                            flush();
                        }
                    });
                    standardOutput.flush();
                    if (standardOutput.checkError()) {
                        throw new IOException("standard output is closed or full");
                    }
                }
                case INTO_SPECIAL_FILE -> {
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                        content.writeTo(out);
                    }
                }
                case REGULAR_FILE -> replace(content);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new IOException("cannot write " + name + ": " + reason(cause), cause);
        }
    }

    public boolean isStandardOutput() {
        return kind == Kind.STANDARD_OUTPUT;
    }

    private void replace(Content content) throws IOException {
        // A fixed short name: the output's own name may already be as long as the file system allows.
        Path temporary = TemporaryFiles.create(target.getParent(), ".jbound-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            TemporaryFiles.delete(temporary);
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
