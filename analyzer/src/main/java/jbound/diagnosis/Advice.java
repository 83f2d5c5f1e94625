package jbound.diagnosis;

import java.util.List;

/**
 * What to do next, in Java's terms, and the methods it is about; {@code id} names the remedy for programs.
 */
public record Advice(Remedy id, String action, String why, List<String> methods) {
}
