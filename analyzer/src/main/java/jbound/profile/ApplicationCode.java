package jbound.profile;

import java.util.List;


/**
 * Which frames are the user's own code: the first such frame of a stack is the one an I/O call
 * or a wait is charged to (the idea of {@code stackTrace.topApplicationFrame} in the JDK's
 * {@code jfr view}). JDK classes never count; {@code --include} narrows the application to some
 * packages, {@code --exclude} treats more packages (frameworks, drivers) like the JDK.
 */
public final class ApplicationCode {

    /** The JDK's own packages: the runtime's code, never the application's. */
    static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.dom.", "org.xml.sax.");

    private final List<String> include;
    private final List<String> exclude;

    public ApplicationCode(List<String> includePackages, List<String> excludePackages) {
        this.include = includePackages.stream().map(ApplicationCode::asPrefix).toList();
        this.exclude = excludePackages.stream().map(ApplicationCode::asPrefix).toList();
    }

    public static ApplicationCode everythingButTheJdk() {
        return new ApplicationCode(List.of(), List.of());
    }

    public boolean isApplication(String className) {
        if (startsWithAny(className, JDK_PACKAGES) || startsWithAny(className, exclude)) {
            return false;
        }
        return include.isEmpty() || startsWithAny(className, include);
    }

    private static boolean startsWithAny(String className, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String asPrefix(String packageName) {
        String trimmed = packageName.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }
}
