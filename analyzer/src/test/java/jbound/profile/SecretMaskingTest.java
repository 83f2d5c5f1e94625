package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Planted secrets, one per way a recorded environment carries them: none survives masking, and ordinary values do. */
class SecretMaskingTest {

    /** Key, value, and the part of the value that is the secret. */
    record Planted(String key, String value, String secret) {
    }

    static final List<Planted> PLANTED = List.of(
            new Planted("DB_PASSWORD", "hunter2-0f1e", "hunter2-0f1e"),
            new Planted("DATABASE_URL", "postgres://app:Pw4Url@db.internal:5432/shop", "Pw4Url"),
            new Planted("JDBC_URL", "jdbc:postgresql://app:JdbcPw9@db:5432/shop", "JdbcPw9"),
            new Planted("HTTP_PROXY", "http://proxyuser:Pr0xyPw@proxy:3128", "Pr0xyPw"),
            new Planted("SENTRY_DSN", "https://f3a1b2c3d4e5@o12345.ingest.sentry.io/67890", "f3a1b2c3d4e5"),
            new Planted("SLACK_WEBHOOK", "https://hooks.slack.com/services/T0001/B0002/XyZsecret123", "XyZsecret123"),
            new Planted("NOTIFY_URL", "https://hooks.slack.com/services/T00000000/B00000000/aB3dE5gH7jK9mN1pQ3sT5vW7", "aB3dE5gH7jK9mN1pQ3sT5vW7"),
            new Planted("DB_PASS", "plainpass1", "plainpass1"),
            new Planted("MYSQL_PWD", "mysqlpw2", "mysqlpw2"),
            new Planted("GITHUB_PAT", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
            new Planted("AUTHORIZATION", "Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig", "eyJhbGciOiJIUzI1NiJ9"),
            new Planted("UPSTREAM_HEADERS", "Authorization: Bearer s3cr3tB34r3rT0k3n", "s3cr3tB34r3rT0k3n"),
            new Planted("SESSION_COOKIE", "JSESSIONID=abc123def456", "abc123def456"),
            new Planted("PASSPHRASE", "correct horse battery staple", "correct horse"),
            new Planted("NPM_CONFIG__AUTH", "dXNlcjpwYXNz", "dXNlcjpwYXNz"),
            new Planted("CONNECTION_STRING", "Server=db;Database=shop;User Id=app;Password=C0nnPw!;", "C0nnPw!"),
            new Planted("JAVA_TOOL_OPTIONS", "-Xmx1g -Dapi.password=T00lOpt", "T00lOpt"),
            new Planted("JDK_JAVA_OPTIONS", "--token TokenArg7 -Dregion=eu", "TokenArg7"),
            new Planted("sun.java.command", "app.Main --token CmdTok3n --password:ColonPw -p DashPPw \"--secret=a b c\"", "CmdTok3n"),
            new Planted("sun.java.command", "app.Main --password:ColonPw", "ColonPw"),
            new Planted("sun.java.command", "app.Main -p DashPPw", "DashPPw"),
            new Planted("sun.java.command", "app.Main -Ddb.password=\"quoted pw\"", "quoted pw"),
            new Planted("sun.java.command", "app.Main --db-password=spaced secret words --port 1", "words"),
            new Planted("sun.java.command", "app.Main --db=jdbc:mysql://u:UrlInArg@h/db", "UrlInArg"),
            new Planted("auth", "propAuth1", "propAuth1"),
            new Planted("pwd", "propPwd1", "propPwd1"),
            new Planted("ldap.bind.pass", "ldapPass1", "ldapPass1"),
            new Planted("card.pin", "4321", "4321"),
            new Planted("app.config", "endpoint=x;apikey=K3yInPair;", "K3yInPair"),
            new Planted("SERVICE_URL", "https://api.example.com/v1?user=app&token=QueryTok1", "QueryTok1"),
            new Planted("DEPLOY_ID", "9f8e7d6c5b4a39281706f5e4d3c2b1a0ZyXwVuTs", "9f8e7d6c5b4a39281706f5e4d3c2b1a0ZyXwVuTs"),
            new Planted("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI"),
            new Planted("ssl.keyStorePassword", "storepw", "storepw"));

    @Test
    void noPlantedSecretSurvives() {
        for (Planted p : PLANTED) {
            String shown = SecretMasking.value(p.key(), p.value());
            assertFalse(shown.contains(p.secret()), p.key() + "=" + p.value() + " was shown as " + shown);
        }
    }

    @Test
    void theJvmsCommandLineIsMaskedFlagByFlag() {
        assertEquals("-Xmx2g -Ddb.password=**** -Dregion=eu --api-key=**** --token **** --port 8080",
                SecretMasking.commandLine("-Xmx2g -Ddb.password=hunter2 -Dregion=eu --api-key=abc123 --token t0k --port 8080"));
    }

    @Test
    void ordinaryValuesAreKept() {
        for (String[] kept : new String[][] {
                {"PATH", "/usr/local/bin:/usr/bin:/bin"}, {"PWD", "/home/app"}, {"java.version", "25.0.3"},
                {"java.class.path", "/app/lib/jackson-databind-2.23.0.jar:/app/lib/commons-cli-1.11.0.jar"},
                {"user.dir", "/srv/shop"}, {"LANG", "en_US.UTF-8"}, {"JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"},
                {"SERVICE_URL", "https://api.example.com/v1/orders"}, {"sun.java.command", "app.Main --port 8080 --region eu"},
                {"HOSTNAME", "shop-7d9f8c6b5-x2k4q"}}) {
            assertEquals(kept[1], SecretMasking.value(kept[0], kept[1]), kept[0]);
        }
    }

    @Test
    void keysAreJudgedByTheirWordsNotBySubstrings() {
        assertTrue(SecretMasking.namesSecret("github.pat"));
        assertTrue(SecretMasking.namesSecret("DB_PASS"));
        assertFalse(SecretMasking.namesSecret("PATH"));
        assertFalse(SecretMasking.namesSecret("COMPASS_HOME"));
        assertFalse(SecretMasking.namesSecret("java.vm.specification.vendor"));
    }
}
