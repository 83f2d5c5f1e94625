package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaTypeNameTest {

    @Test
    void arraysAreNamedAsJavaSourceNamesThem() {
        assertEquals("byte[]", RecordingReader.javaTypeName("[B"));
        assertEquals("java.lang.String[][]", RecordingReader.javaTypeName("[[Ljava.lang.String;"));
        assertEquals("com.acme.Order", RecordingReader.javaTypeName("com.acme.Order"));
    }
}
