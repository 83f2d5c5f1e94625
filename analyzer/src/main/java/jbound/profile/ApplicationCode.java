package jbound.profile;

import java.util.List;

/**
 * Which frames are the user's own code: the first such frame of a stack is the one an I/O call
 * or a wait is charged to (the idea of {@code stackTrace.topApplicationFrame} in the JDK's
 * {@code jfr view}). JDK classes never count; {@code --include} narrows the application to some
 * packages (or classes), {@code --exclude} treats more of them (frameworks, drivers) like the JDK.
 */
public final class ApplicationCode {

    /** The name tables and sites give the application frame of a stack that has none: no method of the user's to change. */
    public static final String NO_APPLICATION_FRAME = "(JDK only)";

    /** The JDK's own packages: the runtime's code, never the application's. */
    static final List<String> JDK_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.w3c.dom", "org.xml.sax");

    private final List<String> include;
    private final List<String> exclude;

    /** Packages or classes, by name: {@code com.acme} covers {@code com.acme.Foo} and {@code com.acme.db.Bar}. */
    public ApplicationCode(List<String> include, List<String> exclude) {
        this.include = include.stream().map(ApplicationCode::trimmed).toList();
        this.exclude = exclude.stream().map(ApplicationCode::trimmed).toList();
    }

    public static ApplicationCode everythingButTheJdk() {
        return new ApplicationCode(List.of(), List.of());
    }

    public boolean isApplication(String className) {
        if (withinAny(className, JDK_PACKAGES) || withinAny(className, exclude)) {
            return false;
        }
        return include.isEmpty() || withinAny(className, include);
    }

    private static boolean withinAny(String className, List<String> names) {
        for (String name : names) {
            if (className.startsWith(name) && (className.length() == name.length()
                    || className.charAt(name.length()) == '.' || className.charAt(name.length()) == '$')) {
                return true;
            }
        }
        return false;
    }

    private static String trimmed(String name) {
        String s = name.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
