package jbound.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Well-known libraries and frameworks by package ({@code /jbound/libraries.tsv}, documented
 * there): their frames are not the user's code, and where a call went through one, it is named
 * beneath the user's frame that made it ("OrderHandler.handle → PostgreSQL JDBC").
 */
public final class Libraries {

    /** One row: classes under {@code prefix} are the library {@code name}'s. */
    public record Library(String prefix, String name) {
    }

    static final String BUILT_IN = "/jbound/libraries.tsv";

    private static final Libraries BUILT_IN_LIBRARIES = new Libraries(read());

    /** Longest prefix first, so that the first match is the most specific row. */
    private final List<Library> byLongestPrefix;
    private final List<Library> rows;

    private Libraries(List<Library> rows) {
        this.rows = List.copyOf(rows);
        this.byLongestPrefix = rows.stream().sorted(Comparator.comparingInt((Library l) -> l.prefix().length()).reversed()).toList();
    }

    public static Libraries builtIn() {
        return BUILT_IN_LIBRARIES;
    }

    /** The table's rows, in its order. */
    public List<Library> rows() {
        return rows;
    }

    /** The library a class belongs to, or null where it is no well-known library's. */
    public String libraryOf(String className) {
        for (Library library : byLongestPrefix) {
            if (ApplicationCode.within(className, library.prefix())) {
                return library.name();
            }
        }
        return null;
    }

    private static List<Library> read() {
        try (InputStream in = Libraries.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from jbound's jar");
            }
            List<Library> rows = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2) {
                    throw new IllegalStateException(BUILT_IN + ": not a package and a name: " + line);
                }
                rows.add(new Library(fields[0].strip(), fields[1].strip()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
