package jbound.diagnosis;

import java.util.List;

/**
 * What to do next, in Java's terms, and the methods it is about.
 */
public record Advice(String action, String why, List<String> methods) {
}
