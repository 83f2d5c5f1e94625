package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main class, from {@code jdk.JVMInformation}'s {@code javaArguments} as launchers write it. */
class MainClassTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "none", value = {
            "com.acme.shop.Main --port 8080 --password hunter2, com.acme.shop.Main",
            "com.acme.shop.Main, com.acme.shop.Main",
            "'  com.acme.shop.Main  ', com.acme.shop.Main",
            "orders/com.acme.shop.Main, com.acme.shop.Main",          // a module's main class
            "-m orders/com.acme.shop.Main --port 1, com.acme.shop.Main",
            "com.acme.Outer$Inner, com.acme.Outer$Inner",
            "Main, Main",                                             // the default package
            "app.jar --port 8080, none",                              // java -jar: the class is in the manifest
            "Sample.java, none",                                      // a source file
            "'', none",
            "com..Main, none",
            "com.acme.9Main, none",
            "none, none",
    })
    void theMainClassIsTheFirstWordWhereItIsAClassName(String javaArguments, String expected) {
        assertEquals(expected, MainClass.of(javaArguments));
    }
}
