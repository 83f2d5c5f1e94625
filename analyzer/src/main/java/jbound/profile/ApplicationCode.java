package jbound.profile;

import java.util.List;

/**
 * Which frames are the user's own code: the first such frame of a stack is the one an I/O call
 * or a wait is charged to (the idea of {@code stackTrace.topApplicationFrame} in the JDK's
 * {@code jfr view}). JDK classes never count; {@code --include} narrows the application to some
 * packages (or classes), {@code --exclude} treats more of them (frameworks, drivers) like the JDK.
 * Otherwise the user's code is every package outside a table of well-known libraries
 * ({@link Libraries}) and, whatever the table says, the package of the main class the recording
 * names (Spring's own sample applications live under {@code org.springframework.samples}).
 * Beside them, the clients the code calls ({@link RemoteClients}: built in, or the user's
 * {@code --clients} file too), whose blocking calls are remote calls.
 */
public final class ApplicationCode {

    /** The name tables and sites give the application frame of a stack that has none: no method of the user's to change. */
    public static final String NO_APPLICATION_FRAME = "(JDK only)";

    /**
     * Whether a name a table or site was charged to is an application method, not the placeholder
     * for stacks with none: the one place the placeholder is told apart, so that no rule compares it.
     */
    public static boolean isApplicationMethod(String chargedTo) {
        return !NO_APPLICATION_FRAME.equals(chargedTo);
    }

    /** The JDK's own packages: the runtime's code, never the application's. */
    static final List<String> JDK_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.w3c.dom", "org.xml.sax");

    private final List<String> include;
    private final List<String> exclude;
    /** The packages of the main classes the recording names: the user's, even inside a library's package. */
    private final List<String> mainPackages;
    private final RemoteClients clients;

    /** Packages or classes, by name: {@code com.acme} covers {@code com.acme.Foo} and {@code com.acme.db.Bar}. */
    public ApplicationCode(List<String> include, List<String> exclude) {
        this(include.stream().map(ApplicationCode::trimmed).toList(), exclude.stream().map(ApplicationCode::trimmed).toList(),
                List.of(), RemoteClients.builtIn());
    }

    private ApplicationCode(List<String> include, List<String> exclude, List<String> mainPackages, RemoteClients clients) {
        this.include = include;
        this.exclude = exclude;
        this.mainPackages = mainPackages;
        this.clients = clients;
    }

    /** The same code calling these clients (the user's own table with the built-in one). */
    public ApplicationCode withClients(RemoteClients clients) {
        return new ApplicationCode(include, exclude, mainPackages, clients);
    }

    /**
     * The same code, knowing that the JVM was launched with this main class: its package is the
     * user's. This very code where that adds nothing: a class of the JDK's or of no package, a
     * package already known, or {@code --include} naming the application itself.
     */
    public ApplicationCode withMainClass(String mainClass) {
        int dot = mainClass == null ? -1 : mainClass.lastIndexOf('.');
        if (dot <= 0 || !include.isEmpty()) {
            return this;
        }
        String mainPackage = mainClass.substring(0, dot);
        if (withinAny(mainPackage, JDK_PACKAGES) || mainPackages.contains(mainPackage)) {
            return this;
        }
        List<String> packages = new java.util.ArrayList<>(mainPackages);
        packages.add(mainPackage);
        return new ApplicationCode(include, exclude, List.copyOf(packages), clients);
    }

    public RemoteClients clients() {
        return clients;
    }

    public static ApplicationCode everythingButTheJdk() {
        return new ApplicationCode(List.of(), List.of());
    }

    /**
     * Whether the class is the user's own: not the JDK's, not excluded, within {@code --include}
     * where given, and otherwise in the main class's package or no well-known library's ({@link Libraries}).
     */
    public boolean isApplication(String className) {
        if (withinAny(className, JDK_PACKAGES) || withinAny(className, exclude)) {
            return false;
        }
        if (!include.isEmpty()) {
            return withinAny(className, include);
        }
        return withinAny(className, mainPackages) || Libraries.builtIn().libraryOf(className) == null;
    }

    /**
     * Whether a stack with none of the user's frames is charged to this class's frame: a
     * well-known library's, where the program is that library's (a broker, a server, a build tool).
     * Not where {@code --include} named the application, nor for classes {@code --exclude} put aside.
     */
    boolean standsInForTheApplication(String className) {
        return include.isEmpty() && !withinAny(className, JDK_PACKAGES) && !withinAny(className, exclude)
                && Libraries.builtIn().libraryOf(className) != null;
    }

    /** The library beneath a frame of the user's: where the call went, by the class it went through; null where none. */
    String libraryOf(String className) {
        return withinAny(className, JDK_PACKAGES) || withinAny(className, mainPackages) ? null : Libraries.builtIn().libraryOf(className);
    }

    private static boolean withinAny(String className, List<String> names) {
        for (String name : names) {
            if (within(className, name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class is {@code name} or inside it: {@code com.acme} covers {@code com.acme.Foo} and {@code com.acme.db.Bar}, not {@code com.acmex}. */
    static boolean within(String className, String name) {
        return className.startsWith(name) && (className.length() == name.length()
                || className.charAt(name.length()) == '.' || className.charAt(name.length()) == '$');
    }

    private static String trimmed(String name) {
        String s = name.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
