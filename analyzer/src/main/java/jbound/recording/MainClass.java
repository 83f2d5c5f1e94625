package jbound.recording;

/**
 * The class a JVM was launched with, read from {@code jdk.JVMInformation}'s {@code javaArguments}
 * ("com.acme.shop.Main --port 8080", "orders/com.acme.shop.Main" for a module). Only the class's
 * name leaves here: the arguments after it may hold secrets.
 */
final class MainClass {

    private static final int LONGEST_NAME = 1_000;

    private MainClass() {
    }

    /**
     * The main class's binary name, or null where the JVM ran a jar (its class is in the manifest,
     * not the recording), a source file, or anything that is not a class name.
     */
    static String of(String javaArguments) {
        if (javaArguments == null) {
            return null;
        }
        String[] words = javaArguments.strip().split("\\s+");
        int first = words.length > 1 && (words[0].equals("-m") || words[0].equals("--module")) ? 1 : 0;
        String name = words[first];
        // A module's main class is given as module/class.
        int slash = name.indexOf('/');
        name = slash >= 0 ? name.substring(slash + 1) : name;
        return isClassName(name) ? name : null;
    }

    private static boolean isClassName(String name) {
        if (name.isEmpty() || name.length() > LONGEST_NAME || name.endsWith(".jar") || name.endsWith(".java")) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}
