package org.tematik.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.BackupRotation;
import org.tematik.core.project.Project;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.SyncTaskRunner;

/** Opening from the GUI: the passphrase dialog for encrypted projects, and the backup made on open. */
class EncryptedOpenViewModelTest {
    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final ProjectSession session = new ProjectSession(new SyncTaskRunner());

    @AfterEach
    void closeProject() {
        session.setProject(null);
    }

    private MainViewModel viewModel(String settings) throws Exception {
        Path file = tmp.resolve("settings.properties");
        Files.writeString(file, settings);
        return new MainViewModel(session, dialogs, new AppSettings(file), "ayu");
    }

    @Test
    void anEncryptedProjectAsksForItsPassphraseAndIsBackedUpOnOpen() throws Exception {
        Path dir = tmp.resolve("rahasia");
        Project.init(dir, "Rahasia", "ayu", "frasa sandi panjang".toCharArray()).close();
        MainViewModel vm = viewModel("backup.keep=2\n");

        vm.openProject(dir); // cancelled: nothing opens, nothing is reported
        assertThat(session.project()).isNull();
        assertThat(dialogs.errors).isEmpty();

        dialogs.passwords.add("frasa sandi salah");
        vm.openProject(dir);
        assertThat(session.project()).isNull();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Wrong passphrase for the project in " + dir);

        for (int i = 0; i < 3; i++) {
            dialogs.passwords.add("frasa sandi panjang");
            vm.openProject(dir);
        }
        assertThat(session.project()).isNotNull();
        assertThat(session.project().name()).isEqualTo("Rahasia");
        // one backup per open, and the setting keep=2 is honoured
        assertThat(BackupRotation.automaticBackups(dir.resolve(BackupRotation.DIR))).hasSize(2);
        assertThat(session.statusProperty().get()).startsWith("Automatic backup written: auto-");
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void aPlainProjectOpensWithoutADialog() throws Exception {
        Path dir = tmp.resolve("plain");
        Project.init(dir, "Plain", "ayu").close();
        viewModel("backup.keep=not a number\n").openProject(dir);
        assertThat(session.project()).isNotNull();
        assertThat(dialogs.passwords).isEmpty();
        assertThat(BackupRotation.automaticBackups(dir.resolve(BackupRotation.DIR))).hasSize(1);
    }
}
