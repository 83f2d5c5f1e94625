package jbound.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a recorded environment is shown: a value is masked as {@link #MASK} where its key
 * names a secret, and, whatever the key, wherever its shape is one: credentials inside a URL, a
 * {@code password=} pair in a connection string, an {@code Authorization} scheme's token, a long
 * random-looking string. Command lines (the JVM's arguments, {@code sun.java.command},
 * {@code JAVA_TOOL_OPTIONS} and other {@code *_OPTS}) are read flag by flag, so that
 * {@code --token X}, {@code -p X}, {@code --password:X} and quoted values lose their secret too.
 * It errs towards masking: a masked value costs a look elsewhere, a leaked one costs a secret.
 */
final class SecretMasking {

    static final String MASK = "****";

    /** Key words that name a secret anywhere in a key, case-insensitive. */
    private static final List<String> SECRET_PARTS = List.of("PASSWORD", "PASSWD", "PASSPHRASE", "TOKEN", "SECRET", "CREDENTIAL",
            "APIKEY", "PRIVATEKEY", "COOKIE", "WEBHOOK", "AUTHORIZATION", "SIGNATURE");
    /** Short words that name a secret only as a whole word of a key ({@code DB_PASS}, {@code github.pat}, not {@code PATH}). */
    private static final Set<String> SECRET_WORDS = Set.of("PASS", "PWD", "PIN", "PAT", "AUTH", "DSN", "KEY", "SESSION", "SID", "JWT",
            "OTP", "CERT", "SALT", "NONCE");
    /** Keys whose value is a command line. */
    private static final Set<String> COMMAND_LINES = Set.of("SUN.JAVA.COMMAND", "JVMARGUMENTS", "JAVAARGUMENTS", "JVMFLAGS");
    /** Flags that take a password as their next argument by convention (mysql -p, many CLIs -P). */
    private static final Set<String> PASSWORD_FLAGS = Set.of("-p", "-P");

    private static final Pattern URL_USERINFO = Pattern.compile("(?i)([a-z][a-z0-9+.\\-]*:)?//([^/\\s:@?#]+)(?::([^/\\s@?#]*))?@");
    private static final Pattern SECRET_PAIR = Pattern.compile(
            "(?i)(\\b[\\w.\\-]*(?:password|passwd|pwd|pass|secret|token|apikey|api_key|api-key|auth|credentials?|sig|signature)[\\w.\\-]*\\s*[=:]\\s*)"
                    + "(\"[^\"]*\"|'[^']*'|[^;&,\\s]+)");
    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)\\b(bearer|basic|digest|token|negotiate)\\s+([A-Za-z0-9+/=._~\\-]{8,})");
    private static final Pattern RANDOM_RUN = Pattern.compile("[A-Za-z0-9+=_\\-]{24,}");
    /** Bits per character above which a long run of letters and digits is taken for a key or token (English words and paths stay below). */
    private static final double RANDOM_BITS_PER_CHAR = 3.5;

    private SecretMasking() {
    }

    /** The value as shown for an environment variable or a system property named {@code key}. */
    static String value(String key, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (namesSecret(key) && !isWorkingDirectory(key, value)) {
            return MASK;
        }
        return isCommandLine(key) ? commandLine(value) : shapes(value);
    }

    static boolean namesSecret(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        if (SECRET_PARTS.stream().anyMatch(upper::contains)) {
            return true;
        }
        for (String word : words(key)) {
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The shell's PWD and OLDPWD are where a process started, not a password. */
    private static boolean isWorkingDirectory(String key, String value) {
        return (key.equals("PWD") || key.equals("OLDPWD")) && value.startsWith("/") && !value.contains(" ");
    }

    static boolean isCommandLine(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return COMMAND_LINES.contains(upper) || upper.endsWith("_OPTS") || upper.endsWith("_OPTIONS");
    }

    /**
     * A command line, flag by flag: a secret-named flag loses its value, and so do the words
     * after it up to the next flag (the JVM records its arguments joined by spaces, so a quoted
     * value with spaces comes back as several words); every argument loses secret shapes.
     */
    static String commandLine(String line) {
        List<String> tokens = tokens(line);
        List<String> shown = new ArrayList<>(tokens.size());
        boolean inSecret = false;
        for (String token : tokens) {
            if (inSecret && !token.startsWith("-")) {
                if (!MASK.equals(shown.getLast())) {
                    shown.add(MASK);
                }
                continue;
            }
            inSecret = false;
            if (token.startsWith("-")) {
                int separator = firstOf(token, '=', ':');
                String name = separator < 0 ? token : token.substring(0, separator);
                inSecret = namesSecret(name.replaceFirst("^-+(D|XX:)?", "")) || PASSWORD_FLAGS.contains(name);
                if (inSecret && separator >= 0) {
                    shown.add(name + token.charAt(separator) + MASK);
                    continue;
                }
            }
            shown.add(shapes(token));
        }
        return String.join(" ", shown);
    }

    /** Masks what looks like a secret by its shape, wherever it stands in the value. */
    static String shapes(String value) {
        String v = replace(URL_USERINFO, value, m -> (m.group(1) == null ? "" : m.group(1)) + "//"
                + (m.group(3) == null ? MASK : m.group(2) + ":" + MASK) + "@");
        // The scheme first: in "Authorization: Bearer x" the pair's value would be the scheme's name.
        v = replace(AUTH_SCHEME, v, m -> m.group(1) + " " + MASK);
        v = replace(SECRET_PAIR, v, m -> m.group(1) + MASK);
        return replace(RANDOM_RUN, v, m -> looksRandom(m.group()) ? MASK : m.group());
    }

    /** Letters and digits mixed, and close to random: a generated key, not a word or a version. */
    static boolean looksRandom(String run) {
        boolean letters = run.chars().anyMatch(Character::isLetter);
        boolean digits = run.chars().anyMatch(Character::isDigit);
        if (!letters || !digits || run.equals(MASK)) {
            return false;
        }
        int[] counts = new int[128];
        run.chars().forEach(c -> counts[c & 127]++);
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / run.length();
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits >= RANDOM_BITS_PER_CHAR;
    }

    /** A key's words: split at dots, dashes, underscores and lower-to-upper case changes. */
    private static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (String part : key.split("[._\\-\\s]+")) {
            for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])")) {
                if (!word.isEmpty()) {
                    words.add(word.toUpperCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** Arguments split at spaces, a quoted stretch staying whole (with its quotes). */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                token.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                token.append(c);
            } else if (Character.isWhitespace(c)) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private static int firstOf(String token, char a, char b) {
        int i = token.indexOf(a);
        int j = token.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String replace(Pattern pattern, String value, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(value);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        if (!any) {
            return value;
        }
        m.appendTail(out);
        return out.toString();
    }
}
