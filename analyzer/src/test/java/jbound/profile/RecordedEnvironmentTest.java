package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordedEnvironmentTest {

    @Test
    void keysThatLookSecretAreRecognisedWhateverTheirCase() {
        assertTrue(RecordedEnvironment.looksSecret("DB_PASSWORD"));
        assertTrue(RecordedEnvironment.looksSecret("github.token"));
        assertTrue(RecordedEnvironment.looksSecret("AWS_SECRET_ACCESS_KEY"));
        assertTrue(RecordedEnvironment.looksSecret("ssl.keyStorePassword"));
        assertFalse(RecordedEnvironment.looksSecret("PATH"));
        assertFalse(RecordedEnvironment.looksSecret("java.version"));
    }

    @Test
    void secretAssignmentsOnACommandLineAreMaskedAndTheRestKept() {
        assertEquals("-Xmx2g -Ddb.password=**** -Dregion=eu --api-key=**** app.Main",
                RecordedEnvironment.maskedCommandLine("-Xmx2g -Ddb.password=hunter2 -Dregion=eu --api-key=abc123 app.Main"));
    }
}
