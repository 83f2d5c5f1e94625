package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Methods are named as {@code jfr view} names them. */
class MethodTableTest {

    @Test
    void parametersAreSimpleTypeNamesSeparatedByCommaAndSpace() {
        assertEquals("jdk.internal.util.random.RandomSupport.boundedNextDouble(RandomGenerator, double, double)",
                MethodTable.displayName("jdk.internal.util.random.RandomSupport", "boundedNextDouble",
                        "(Ljava/util/random/RandomGenerator;DD)D"));
    }

    @Test
    void arraysKeepTheirDimensions() {
        assertEquals("a.B.m(double[], String[][], int)", MethodTable.displayName("a.B", "m", "([D[[Ljava/lang/String;I)V"));
    }

    @Test
    void noParametersGiveEmptyParentheses() {
        assertEquals("a.B$C.run()", MethodTable.displayName("a.B$C", "run", "()V"));
    }

    @Test
    void theSameMethodIsInternedOnce() {
        MethodTable table = new MethodTable();
        int first = table.intern("a.B", "a.B.m()");
        int again = table.intern("a.B", "a.B.m()");
        int other = table.intern("a.B", "a.B.n()");
        assertEquals(first, again);
        assertEquals(2, table.size());
        assertEquals("a.B.n()", table.name(other));
        assertEquals("a.B", table.className(other));
    }
}
