package jbound.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Another user ({@code nobody}) to run jbound as, for what a user may not do to another's JVM.
 * Needs root (to change user) and util-linux's {@code setpriv}.
 */
public final class OtherUser {

    private static final String NOBODY = "65534";
    private static final Path SETPRIV = Paths.get("/usr/bin/setpriv");

    private OtherUser() {
    }

    /** Whether this test run can start a process as another user. */
    public static boolean available() {
        return "root".equals(ProcessHandle.current().info().user().orElse("")) && Files.isExecutable(SETPRIV);
    }

    /** The words that run the rest of a command line as {@code nobody}. */
    static List<String> command() {
        return List.of(SETPRIV.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups");
    }

    /** This JVM's class path copied into {@code folder}, readable by all (the build's own may lie in root's home). */
    static String readableClassPath(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Paths.get(entry);
            if (Files.exists(from)) {
                Path to = folder.resolve(entries.size() + "-" + from.getFileName());
                copyTree(from, to);
                entries.add(to.toString());
            }
        }
        setModes(folder, "rwxr-xr-x", "rw-r--r--");
        return String.join(File.pathSeparator, entries);
    }

    /** A folder {@code nobody} may write in. */
    static Path writableFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        return folder;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            tree.forEach(path -> {
                try {
                    Files.copy(path, from.equals(path) ? to : to.resolve(from.relativize(path).toString()), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void setModes(Path tree, String folders, String files) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? folders : files));
            }
        }
    }

    /** Lets others through {@code folder} and the one that holds it (a JUnit temporary folder is its owner's alone). */
    static void letThrough(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path path : List.of(folder, folder.toAbsolutePath().getParent())) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
