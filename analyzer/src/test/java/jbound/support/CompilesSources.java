package jbound.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * A short-lived tool, the way a build runs one: javac, in this JVM, compiles jbound's own
 * analyzer sources once, cold — the JIT compilers work as hard as the program they compile for.
 * Takes the samples' {@code --seconds S} as an upper bound (and ignores {@code --dir}).
 */
public final class CompilesSources {

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(System.getProperty("jbound.sources", "src/main/java")).toAbsolutePath();
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(sources)) {
            all.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
        }
        Path out = Files.createTempDirectory("jbound-javac");
        List<String> javacArgs = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-implicit:none", "-nowarn",
                "-cp", System.getProperty("java.class.path")));
        javacArgs.addAll(files);
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
        int status = ToolProvider.findFirst("javac").orElseThrow().run(quiet, quiet, javacArgs.toArray(String[]::new));
        System.out.println("compiles-sources: " + files.size() + " files, javac exit " + status);
    }
}
