package org.tematik.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.tematik.core.audit.AuditTrail;
import org.tematik.core.codebook.CreateCode;
import org.tematik.core.codebook.DeleteCode;
import org.tematik.core.codebook.RestoreCodes;
import org.tematik.core.history.CommandCodec;
import org.tematik.core.history.CommandStack;
import org.tematik.core.history.SharedState;
import org.tematik.core.project.CreateProject;
import org.tematik.core.storage.Database;

/**
 * Child process: makes a project whose changes all happen at one fixed instant (args: dir, instant),
 * through the real Database, AuditTrail and CommandStack. Run it with another default time zone to see
 * how times are stored.
 */
public final class FixedClockChanges {
    private FixedClockChanges() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Instant at = Instant.parse(args[1]);
        Files.createDirectories(dir.resolve("sources"));
        try (Database db = Database.open(dir)) {
            AuditTrail trail = new AuditTrail(db.jdbi());
            CommandStack stack = new CommandStack(db.jdbi(), trail,
                    new CommandCodec(List.of(CreateProject.class, CreateCode.class, DeleteCode.class, RestoreCodes.class)),
                    Clock.fixed(at, ZoneOffset.UTC), new SharedState());
            stack.execute(new CreateProject(UUID.randomUUID(), "DST"), "alice");
            stack.execute(new CreateCode(UUID.randomUUID(), null, "Kode", null, "#e69f00"), "alice");
            System.out.println("zone " + TimeZone.getDefault().getID());
            System.out.println("verify " + trail.verify().isIntact());
        }
    }
}
