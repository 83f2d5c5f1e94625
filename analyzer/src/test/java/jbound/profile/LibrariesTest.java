package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each well-known library of the shipped table is not "your code", and is named by its classes. */
class LibrariesTest {

    static Stream<Libraries.Library> rows() {
        return Libraries.builtIn().rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aClassOfEachLibraryIsThatLibrarysAndNotTheApplications(Libraries.Library row) {
        String className = row.prefix() + ".internal.Example";

        assertEquals(row.name(), Libraries.builtIn().libraryOf(className));
        assertFalse(ApplicationCode.everythingButTheJdk().isApplication(className));
        assertTrue(ApplicationCode.everythingButTheJdk().standsInForTheApplication(className));
    }

    @Test
    void theLongestPrefixNamesTheLibrary() {
        assertEquals("Apache Commons DBCP", Libraries.builtIn().libraryOf("org.apache.commons.dbcp2.PoolingDataSource"));
        assertEquals("Apache Commons", Libraries.builtIn().libraryOf("org.apache.commons.lang3.StringUtils"));
    }

    @Test
    void theUsersOwnPackagesAndLookAlikesAreNoLibrary() {
        assertNull(Libraries.builtIn().libraryOf("com.acme.orders.OrderHandler"));
        assertNull(Libraries.builtIn().libraryOf("reactorish.Core"), "a package that merely starts like 'reactor' is not Reactor");
        assertTrue(ApplicationCode.everythingButTheJdk().isApplication("com.acme.orders.OrderHandler"));
    }

    @Test
    void includeMakesALibraryTheApplicationAndExcludeNeverStandsIn() {
        ApplicationCode spring = new ApplicationCode(List.of("org.springframework"), List.of());
        ApplicationCode withoutNetty = new ApplicationCode(List.of(), List.of("io.netty"));

        assertTrue(spring.isApplication("org.springframework.web.servlet.DispatcherServlet"));
        assertFalse(spring.standsInForTheApplication("io.netty.channel.Channel"), "--include names the application alone");
        assertFalse(withoutNetty.standsInForTheApplication("io.netty.channel.Channel"));
    }

    @Test
    void theJdksClassesAreNoLibraryBeneath() {
        assertNull(ApplicationCode.everythingButTheJdk().libraryOf("java.net.http.HttpClient"));
    }
}
