package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationCodeTest {

    @Test
    void jdkClassesAreNeverApplicationCode() {
        ApplicationCode code = ApplicationCode.everythingButTheJdk();
        assertFalse(code.isApplication("java.net.Socket$SocketInputStream"));
        assertFalse(code.isApplication("sun.nio.ch.NioSocketImpl"));
        assertFalse(code.isApplication("jdk.internal.math.FloatingDecimal"));
        assertTrue(code.isApplication("com.acme.Service"));
        assertTrue(code.isApplication("javafxish.Thing"), "a package that merely starts like 'java' is not the JDK");
    }

    @Test
    void excludeTakesPackagesAndClassesButNotPrefixesOfNames() {
        ApplicationCode code = new ApplicationCode(List.of(), List.of("io.netty", "com.acme.Db"));
        assertFalse(code.isApplication("io.netty.channel.Channel"));
        assertFalse(code.isApplication("com.acme.Db"));
        assertFalse(code.isApplication("com.acme.Db$Pool"));
        assertTrue(code.isApplication("com.acme.DbMigrations"));
        assertTrue(code.isApplication("io.nettyish.Other"));
    }

    @Test
    void includeNarrowsTheApplication() {
        ApplicationCode code = new ApplicationCode(List.of("com.acme."), List.of());
        assertTrue(code.isApplication("com.acme.web.Handler"));
        assertFalse(code.isApplication("org.springframework.web.Servlet"));
    }
}
