package jbound.report;

/**
 * Text from a recording made safe to print on a terminal. Thread names, hosts, paths and class
 * names are whatever the recorded program chose: an escape sequence in one could retitle the
 * window or forge a link, a line break could forge a line of the report ("VERDICT IDLE"), and
 * a bidirectional override could reverse what follows it. Each such character is printed as a
 * visible escape instead.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
            } else if (c < 0x80) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * C0 controls (tab and line breaks too: a value stays on its line), DEL, C1 controls (0x9b
     * starts an escape sequence on some terminals), the line and paragraph separators, and the
     * bidirectional marks, embeddings, overrides and isolates.
     */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u2028' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
