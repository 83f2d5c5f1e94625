package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void thePlaceholderForStacksWithNoApplicationFrameIsNoApplicationMethod() {
        assertFalse(ApplicationCode.isApplicationMethod(ApplicationCode.NO_APPLICATION_FRAME));
        assertTrue(ApplicationCode.isApplicationMethod("com.acme.Service.handle(Request)"));
        assertFalse(new IoSite(jbound.recording.EventCatalog.SOCKET_READ, ApplicationCode.NO_APPLICATION_FRAME, null, "top", "host:1",
                1, 1, 1, 1, false).hasApplicationFrame());
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

    @Test
    void theMainClasssPackageIsTheUsersEvenInsideALibrarysPackage() {
        ApplicationCode code = ApplicationCode.everythingButTheJdk().withMainClass("org.springframework.samples.petclinic.PetClinicApplication");
        assertTrue(code.isApplication("org.springframework.samples.petclinic.owner.OwnerController"));
        assertNull(code.libraryOf("org.springframework.samples.petclinic.owner.OwnerController"), "no library beneath the user's own frame");
        assertFalse(code.isApplication("org.springframework.web.servlet.DispatcherServlet"), "the rest of Spring stays a library");
        assertTrue(code.isApplication("com.acme.Other"), "packages outside the library table stay the user's");
    }

    @ParameterizedTest(name = "main class {0} adds nothing")
    @CsvSource({
            "Main",                                              // the default package
            "com.sun.tools.javac.launcher.SourceLauncher",       // the JDK's source launcher
            "java.lang.Thread",
    })
    void aMainClassOfTheJdksOrOfNoPackageAddsNothing(String mainClass) {
        ApplicationCode code = ApplicationCode.everythingButTheJdk();
        assertSame(code, code.withMainClass(mainClass));
    }

    @Test
    void includeAndExcludeOutrankTheMainClass() {
        ApplicationCode included = new ApplicationCode(List.of("com.acme.web"), List.of());
        assertSame(included, included.withMainClass("com.acme.tools.Main"), "--include names the application itself");
        ApplicationCode excluded = new ApplicationCode(List.of(), List.of("org.springframework.samples"))
                .withMainClass("org.springframework.samples.petclinic.PetClinicApplication");
        assertFalse(excluded.isApplication("org.springframework.samples.petclinic.owner.OwnerController"));
    }
}
