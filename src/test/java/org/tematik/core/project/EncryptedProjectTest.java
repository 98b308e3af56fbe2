package org.tematik.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.source.Source;
import org.tematik.core.storage.Database;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Files2;

/** An encrypted project: nothing readable on disk without the passphrase, and the passphrase nowhere. */
class EncryptedProjectTest {
    private static final String PASS = "kota kembar rahasia 2026";
    private static final String MARKER = "Wali kota Tangerang menolak LoI rahasia";

    @TempDir
    Path tmp;

    private Path encryptedStudy() {
        Path dir = tmp.resolve("secret");
        Path file = Files2.write(tmp.resolve("files"), "wawancara.txt", MARKER + "\n" + BaseProject.INTERVIEW_TEXT);
        try (Project p = Project.init(dir, "Rahasia", "ayu", PASS.toCharArray())) {
            p.sources().importFile(file, "interview", "interview");
        }
        return dir;
    }

    @Test
    void neitherTheTextNorThePassphraseCanBeFoundInAnyFileOfTheProject() throws Exception {
        Path dir = encryptedStudy();
        assertThat(Project.isEncrypted(dir)).isTrue();
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(f -> dir.relativize(f).toString().replace('\\', '/'))
                .contains("project.mv.db", ProjectKey.FILE_NAME).anyMatch(n -> n.startsWith("sources/"));
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            String utf16 = new String(Files.readAllBytes(f), StandardCharsets.UTF_16LE);
            for (String secret : List.of(MARKER, "Tangerang", PASS, "rahasia 2026")) {
                assertThat(bytes).as("%s holds %s", f, secret).doesNotContain(secret);
                assertThat(utf16).as("%s holds %s (UTF-16)", f, secret).doesNotContain(secret);
            }
        }
        try (Project p = Project.open(dir, "ayu", PASS.toCharArray())) {
            Source s = p.sources().list().get(0);
            assertThat(p.sources().text(s.id())).startsWith(MARKER);
            // the stored original opens with the project key, byte for byte, and matches its recorded hash
            byte[] sealed = Files.readAllBytes(dir.resolve(s.originalFile()));
            byte[] original = ProjectKey.unlock(dir, PASS.toCharArray()).unseal(sealed);
            assertThat(Files2.sha256(original)).isEqualTo(s.sha256());
            // the trail says what happened, never the passphrase
            assertThat(p.audit().page(0, 100)).allSatisfy(e -> assertThat(e.data() + e.summary()).doesNotContain(PASS));
        }
    }

    @Test
    void aWrongOrMissingPassphraseSaysSo() {
        Path dir = encryptedStudy();
        assertThatThrownBy(() -> Project.open(dir, "ayu", "kota kembar rahasia 2025".toCharArray()))
                .isInstanceOf(UserException.class).hasMessage("Wrong passphrase for the project in " + dir
                        + ". Check it and try again (passphrases are case-sensitive).");
        assertThatThrownBy(() -> Project.open(dir, "ayu"))
                .isInstanceOf(UserException.class).hasMessageContaining("is encrypted: give its passphrase");
    }

    @Test
    void h2sWrongFilePasswordErrorIsTranslated() {
        Path dir = encryptedStudy();
        // a key file from another project (or a damaged one) gives H2 the wrong file password: error 90049
        assertThatThrownBy(() -> Database.open(dir, "0123456789abcdef".toCharArray()))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("project.error.passphrase");
                    assertThat(((java.sql.SQLException) e.getCause()).getErrorCode()).isEqualTo(90049);
                });
        // and a plain open of the encrypted file does not pretend it is fine
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(UserException.class);
    }

    @Test
    void changingThePassphraseKeepsTheDataAndRetiresTheOldOne() {
        Path dir = encryptedStudy();
        String next = "pasangan kota baru";
        assertThatThrownBy(() -> ProjectKey.changePassphrase(dir, "not the one".toCharArray(), next.toCharArray()))
                .isInstanceOf(UserException.class).hasMessageStartingWith("Wrong passphrase");
        assertThatThrownBy(() -> ProjectKey.changePassphrase(dir, PASS.toCharArray(), "short".toCharArray()))
                .isInstanceOf(UserException.class).hasMessage("A passphrase must be at least 8 characters long.");
        try (Project p = Project.open(dir, "budi", PASS.toCharArray())) {
            ProjectKey.changePassphrase(p, PASS.toCharArray(), next.toCharArray());
        }
        assertThatThrownBy(() -> Project.open(dir, "ayu", PASS.toCharArray()))
                .isInstanceOf(UserException.class).hasMessageStartingWith("Wrong passphrase");
        try (Project p = Project.open(dir, "ayu", next.toCharArray())) {
            assertThat(p.sources().text(p.sources().list().get(0).id())).startsWith(MARKER);
            assertThat(p.audit().verify().isIntact()).isTrue();
            var last = p.audit().page(0, 100).get((int) p.audit().count() - 1);
            assertThat(last.action()).isEqualTo("project.passphrase");
            assertThat(last.coder()).isEqualTo("budi");
            assertThat(last.summary() + last.data()).doesNotContain(next).doesNotContain(PASS);
        }
    }

    @Test
    void aShortPassphraseIsRefusedBeforeAnythingIsWritten() {
        Path dir = tmp.resolve("weak");
        assertThatThrownBy(() -> Project.init(dir, "Weak", "ayu", "1234567".toCharArray()))
                .isInstanceOf(UserException.class).hasMessage("A passphrase must be at least 8 characters long.");
        assertThat(dir).doesNotExist();
    }

    @Test
    void anEncryptedBackupStaysEncryptedAndRestoresWithThePassphrase() throws Exception {
        Path dir = encryptedStudy();
        Path backup = tmp.resolve("secret.zip");
        try (Project p = Project.open(dir, "ayu", PASS.toCharArray())) {
            Backups.write(p, backup);
        }
        try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                String content = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(content).as(e.getName()).doesNotContain("Tangerang").doesNotContain(PASS);
            }
        }
        Path wrong = tmp.resolve("wrong");
        assertThatThrownBy(() -> Backups.restore(backup, wrong, "ayu", "bukan frasa sandinya".toCharArray()::clone))
                .isInstanceOf(UserException.class).hasMessageStartingWith("Wrong passphrase");
        assertThat(wrong).doesNotExist();
        Backups.Restored r = Backups.restore(backup, tmp.resolve("back"), "ayu", PASS.toCharArray()::clone);
        assertThat(r.originals()).isEqualTo(1);
        try (Project p = Project.open(tmp.resolve("back"), "ayu", PASS.toCharArray())) {
            assertThat(p.sources().text(p.sources().list().get(0).id())).startsWith(MARKER);
        }
    }
}
