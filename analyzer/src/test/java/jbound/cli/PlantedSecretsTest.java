package jbound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.SecretHolder;
import jbound.support.Slow;

/**
 * The planted list, in a real JVM's environment variables, system properties and program
 * arguments, recorded with the JDK's settings (which record them all): with
 * {@code --include-environment} the outputs list the environment, and no planted secret.
 */
@Slow
class PlantedSecretsTest {

    /** Where each planted entry goes: environment, property or program argument. */
    private record Planted(String where, String key, String value, String secret) {
    }

    private static final List<Planted> PLANTED = List.of(
            new Planted("env", "DATABASE_URL", "postgres://app:Pw4Url@db.internal:5432/shop", "Pw4Url"),
            new Planted("env", "HTTP_PROXY", "http://proxyuser:Pr0xyPw@proxy:3128", "Pr0xyPw"),
            new Planted("env", "SENTRY_DSN", "https://f3a1b2c3d4e5@o12345.ingest.sentry.io/67890", "f3a1b2c3d4e5"),
            new Planted("env", "SLACK_WEBHOOK", "https://hooks.slack.com/services/T0001/B0002/XyZsecret123", "XyZsecret123"),
            new Planted("env", "DB_PASS", "plainpass1", "plainpass1"),
            new Planted("env", "MYSQL_PWD", "mysqlpw2", "mysqlpw2"),
            new Planted("env", "GITHUB_PAT", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
            new Planted("env", "AUTHORIZATION", "Bearer eyJhbGciOiJIUzI1NiJ9", "eyJhbGciOiJIUzI1NiJ9"),
            new Planted("env", "SESSION_COOKIE", "JSESSIONID=abc123def456", "abc123def456"),
            new Planted("env", "PASSPHRASE", "correct horse battery staple", "correct horse"),
            new Planted("env", "NPM_CONFIG__AUTH", "dXNlcjpwYXNz", "dXNlcjpwYXNz"),
            new Planted("env", "CONNECTION_STRING", "Server=db;User Id=app;Password=C0nnPw!;", "C0nnPw!"),
            new Planted("env", "JAVA_TOOL_OPTIONS", "-Dapi.password=T00lOpt", "T00lOpt"),
            new Planted("env", Recordings.PLANTED_SECRET_NAME, Recordings.PLANTED_SECRET_VALUE, Recordings.PLANTED_SECRET_VALUE),
            new Planted("property", "auth", "propAuth1", "propAuth1"),
            new Planted("property", "pwd", "propPwd1", "propPwd1"),
            new Planted("property", "ldap.bind.pass", "ldapPass1", "ldapPass1"),
            new Planted("property", "card.pin", "4321x", "4321x"),
            new Planted("property", "db.url", "jdbc:postgresql://u:JdbcPw9@h/db", "JdbcPw9"),
            new Planted("argument", "--token", "CmdTok3n", "CmdTok3n"),
            new Planted("argument", "--password:ColonPw", null, "ColonPw"),
            new Planted("argument", "-p", "DashPPw", "DashPPw"),
            new Planted("argument", "--db-password=spaced secret words", null, "secret words"));

    @TempDir
    Path dir;

    @Test
    void noPlantedSecretReachesTheTerminalTheJsonOrThePage() throws Exception {
        Path recording = record();
        Path json = dir.resolve("env.json");
        Path html = dir.resolve("env.html");

        Cli.Result result = Cli.jbound("analyze", recording.toString(), "--include-environment", "--json", json.toString(),
                "--html", html.toString());

        assertEquals(0, result.status(), result.err());
        String everything = result.out() + result.err() + Files.readString(json) + Files.readString(html);
        assertTrue(Files.readString(json).contains("DATABASE_URL"), "the environment is listed");
        assertTrue(Files.readString(recording, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Pw4Url"), "the recording does hold the secrets");
        for (Planted p : PLANTED) {
            assertFalse(everything.contains(p.secret()), p.where() + " " + p.key() + ": " + p.secret() + " leaked");
        }
    }

    private Path record() throws Exception {
        Path recording = dir.resolve("secrets.jfr");
        List<String> command = new ArrayList<>(List.of(Recordings.javaHome().resolve("bin/java").toString(),
                "-XX:StartFlightRecording:settings=default,filename=" + recording, "-Xlog:jfr+startup=error", "-Xlog:disable"));
        PLANTED.stream().filter(p -> p.where().equals("property")).forEach(p -> command.add("-D" + p.key() + "=" + p.value()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SecretHolder.class.getName()));
        for (Planted p : PLANTED) {
            if (p.where().equals("argument")) {
                command.add(p.key());
                if (p.value() != null) {
                    command.add(p.value());
                }
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        PLANTED.stream().filter(p -> p.where().equals("env")).forEach(p -> builder.environment().put(p.key(), p.value()));
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        return recording;
    }
}
