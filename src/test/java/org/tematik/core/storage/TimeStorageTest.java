package org.tematik.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.Verification;
import org.tematik.core.project.Project;
import org.tematik.testsupport.ChildJvm;
import org.tematik.testsupport.FixedClockChanges;

/**
 * Times are instants, stored exactly whatever the computer's time zone. A child JVM with a daylight-saving
 * zone writes changes at a fixed instant; the stored times must equal it, or the audit hash (computed from
 * the instant) no longer matches the stored row and verification reports a change nobody made.
 */
class TimeStorageTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            "Europe/Berlin, 2025-10-26T01:30:00.123456Z",   // the second 02:30 of the night summer time ends
            "Europe/Berlin, 2025-10-26T00:30:00.654321Z",   // the first 02:30
            "America/New_York, 2025-11-02T06:15:00.000001Z", // the second 01:15 in New York
            "Asia/Jakarta, 2025-08-17T03:00:00Z"})
    void instantsAreStoredExactlyInAnyTimeZone(String zone, String instant) throws Exception {
        Path dir = tmp.resolve("p");
        Instant at = Instant.parse(instant);
        ChildJvm child = ChildJvm.start(FixedClockChanges.class, tmp.resolve("child.err"),
                List.of("-Duser.timezone=" + zone), dir.toString(), instant);
        String zoneLine;
        String verifyLine;
        try {
            zoneLine = child.nextLine(60);
            verifyLine = child.nextLine(60);
        } finally {
            child.close();
        }
        assertThat(zoneLine).as("child stderr:%n%s", child.stderr()).isEqualTo("zone " + zone);
        assertThat(verifyLine).as("the writer's own verification").isEqualTo("verify true");

        try (Project p = Project.open(dir, "auditor")) {
            Verification v = p.audit().verify();
            assertThat(v).isEqualTo(Verification.intact(2));
            assertThat(p.audit().page(0, 10)).extracting(AuditEvent::time).containsExactly(at, at);
            assertThat(p.codebook().tree().get(0).code().createdAt()).isEqualTo(at);
        }
    }
}
