package jbound.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Tests that record workloads in child JVMs, attach to running ones or drive a browser: seconds
 * each. {@code make test-fast} leaves them out ({@code -DexcludedGroups=slow}); {@code make test}
 * runs everything.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
