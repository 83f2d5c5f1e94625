package jbound.profile;

/**
 * A method's share of the samples: self where it was executing, total where it was anywhere on
 * the stack (once per sample, recursion or not). Percentages are of all samples of the kind.
 *
 * @param application whether the method is the application's own code, not the JDK's
 */
public record HotMethod(String method, long selfSamples, double selfPercent, long totalSamples, double totalPercent,
                        boolean application) {
}
