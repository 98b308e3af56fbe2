package org.tematik.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.source.Source;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;

/** Backup files hold a whole project; restoring one gives the same study, checked, or nothing at all. */
class BackupsTest {
    @TempDir
    Path tmp;

    @Test
    void aBackupOfAnOpenProjectRestoresToTheSameStudyWithItsOriginals() throws Exception {
        Path base = BaseProject.create(tmp);
        Path backup = tmp.resolve("out/study.zip");
        long events;
        try (Project p = Project.open(base, "alice")) {
            p.codebook().add("budget", null, null, null); // written while open: the backup must hold it
            events = p.audit().count();
            Backups.Written w = Backups.write(p, backup);
            assertThat(w.originals()).isEqualTo(2);
            assertThat(w.bytes()).isEqualTo(Files.size(backup));
        }
        Path restored = tmp.resolve("restored");
        Backups.Restored r = Backups.restore(backup, restored, "bob", () -> null);
        assertThat(r.name()).isEqualTo("Kota kembar");
        assertThat(r.events()).isEqualTo(events);
        assertThat(r.originals()).isEqualTo(2);
        try (Project p = Project.open(restored, "bob")) {
            assertThat(p.sources().list()).extracting(Source::name)
                    .containsExactlyInAnyOrder(BaseProject.INTERVIEW, BaseProject.REGULATION);
            assertThat(p.codebook().tree()).extracting(n -> n.code().name()).contains("budget");
            for (Source s : p.sources().list()) {
                byte[] original = Files.readAllBytes(restored.resolve(s.originalFile()));
                assertThat(Files2.sha256(original)).isEqualTo(s.sha256());
            }
        }
        assertThat(restored.resolve(Project.INDEX_DIR)).isDirectory();
        assertThat(restored.resolve(BackupRotation.DIR)).doesNotExist();
    }

    @Test
    void restoreRefusesAFolderThatHoldsAnythingAndTouchesNothingThere() throws Exception {
        Path base = BaseProject.create(tmp);
        Path backup = tmp.resolve("b.zip");
        try (Project p = Project.open(base, "alice")) {
            Backups.write(p, backup);
        }
        Path busy = Files2.write(tmp.resolve("busy"), "notes.txt", "my notes").getParent();
        assertThatThrownBy(() -> Backups.restore(backup, busy, "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("is not an empty folder");
        assertThat(Files.readString(busy.resolve("notes.txt"))).isEqualTo("my notes");
        assertThat(Files.list(busy).count()).isEqualTo(1);
        // onto an existing project (a folder with a project in it) as well
        assertThatThrownBy(() -> Backups.restore(backup, base, "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("is not an empty folder");
    }

    @Test
    void aTruncatedBackupIsReportedAsDamagedAndLeavesNoFolder() throws Exception {
        Path base = BaseProject.create(tmp);
        Path backup = tmp.resolve("b.zip");
        try (Project p = Project.open(base, "alice")) {
            Backups.write(p, backup);
        }
        byte[] all = Files.readAllBytes(backup);
        Path truncated = Files2.write(tmp, "truncated.zip", java.util.Arrays.copyOf(all, all.length / 2));
        Path target = tmp.resolve("t1");
        assertThatThrownBy(() -> Backups.restore(truncated, target, "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("is damaged or incomplete");
        assertThat(target).doesNotExist();
        // cut just before the end: the last end record left is the inner H2 zip's, which must not pass as "not ours"
        for (int cut : new int[] {1, 22, 100, 1000}) {
            Path shorter = Files2.write(tmp, "cut" + cut + ".zip", java.util.Arrays.copyOf(all, all.length - cut));
            assertThatThrownBy(() -> Backups.restore(shorter, target, "bob", () -> null))
                    .isInstanceOf(UserException.class).hasMessageContaining("is damaged or incomplete");
            assertThat(target).doesNotExist();
        }

        // bytes flipped inside the stored database: the zip's CRC catches it
        byte[] flipped = all.clone();
        int middle = indexOf(all, "project.mv.db".getBytes()) + 2000;
        for (int i = middle; i < middle + 64; i++) {
            flipped[i] ^= 0x5A;
        }
        Path damaged = Files2.write(tmp, "damaged.zip", flipped);
        assertThatThrownBy(() -> Backups.restore(damaged, target, "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("is damaged or incomplete");
        assertThat(target).doesNotExist();
    }

    @Test
    void aZipThatIsNotABackupOrEscapesTheFolderIsRefused() throws Exception {
        Path other = tmp.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        assertThatThrownBy(() -> Backups.restore(other, tmp.resolve("t"), "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("is not a Tematik backup");

        Path evil = tmp.resolve("evil.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            for (String name : List.of(Backups.MANIFEST, "sources/../../escaped.txt", Backups.DATABASE_ZIP)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes());
            }
        }
        assertThatThrownBy(() -> Backups.restore(evil, tmp.resolve("t2"), "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("is not a Tematik backup");
        assertThat(tmp.resolve("escaped.txt")).doesNotExist();
        assertThat(tmp.resolve("t2")).doesNotExist();
        assertThatThrownBy(() -> Backups.restore(tmp.resolve("none.zip"), tmp.resolve("t3"), "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("There is no backup file");
    }

    @Test
    void aBackupWhoseTrailWasAlteredIsRestoredButNotReportedAsGood() throws Exception {
        Path base = BaseProject.create(tmp);
        Db.update(base, "UPDATE audit_events SET coder = 'mallory' WHERE seq = 2");
        Path backup = tmp.resolve("b.zip");
        try (Project p = Project.open(base, "alice")) {
            Backups.write(p, backup);
        }
        Path target = tmp.resolve("t");
        assertThatThrownBy(() -> Backups.restore(backup, target, "bob", () -> null))
                .isInstanceOf(UserException.class).hasMessageContaining("audit trail is broken at event 2");
        assertThat(target).doesNotExist();
    }

    @Test
    void rotationKeepsTheNewestKAndEachOneRestores() throws Exception {
        Path base = BaseProject.create(tmp);
        Instant[] now = {Instant.parse("2026-03-29T00:59:59Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        BackupRotation rotation = new BackupRotation(15, 3, clock);
        try (Project p = Project.open(base, "alice")) {
            for (int i = 0; i < 5; i++) {
                p.codebook().add("code " + i, null, null, null);
                rotation.rotate(p);
                if (i != 4) {
                    now[0] = now[0].plusSeconds(15 * 60);
                }
            }
            rotation.rotate(p); // the sixth, in the same millisecond as the fifth
            List<Path> kept = BackupRotation.automaticBackups(BackupRotation.folder(p));
            assertThat(kept).hasSize(3);
            assertThat(kept).extracting(f -> f.getFileName().toString()).containsExactly(
                    "auto-20260329T014459.000Z-01.tematik-backup.zip",
                    "auto-20260329T015959.000Z-01.tematik-backup.zip",
                    "auto-20260329T015959.000Z-02.tematik-backup.zip");
            // the newest holds all five codes; the oldest kept holds the first four
            Backups.restore(kept.get(2), tmp.resolve("newest"), "bob", () -> null);
            Backups.restore(kept.get(0), tmp.resolve("oldest"), "bob", () -> null);
        }
        try (Project p = Project.open(tmp.resolve("newest"), "bob")) {
            assertThat(p.codebook().tree()).hasSize(5);
        }
        try (Project p = Project.open(tmp.resolve("oldest"), "bob")) {
            assertThat(p.codebook().tree()).hasSize(4);
        }
        assertThatThrownBy(() -> new BackupRotation(0, 3, clock)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> new BackupRotation(5, 0, clock)).isInstanceOf(UserException.class);
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
