package org.tematik.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.ViewModelFixture;
import org.tematik.ui.anonymise.AnonymiseViewModel;
import org.tematik.ui.backup.BackupViewModel;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.SyncTaskRunner;

/** The security and backup dialogs' view models on real projects, with a fake dialog service. */
class SecurityViewModelsTest {
    static final String TEXT = "Pewawancara: Selamat pagi, Pak Budi Santoso.\nNarasumber: Saya dari Tangerang.\n";

    @TempDir
    Path dir;

    @Test
    void anonymiseDialogPreviewsThenAppliesWithAConfirmedPassphrase() throws Exception {
        Path table = Files.writeString(dir.resolve("nama.csv"), "original,pseudonym\nPak Budi Santoso,Pak Agus\nTangerang,Sukamaju\n");
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            f.open();
            AnonymiseViewModel vm = new AnonymiseViewModel(f.session, f.dialogs, f.errors);
            f.dialogs.openFiles.add(table);
            vm.chooseTable();
            assertThat(vm.rows()).extracting(AnonymiseViewModel.Row::original, AnonymiseViewModel.Row::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Pak Budi Santoso", 1), org.assertj.core.groups.Tuple.tuple("Tangerang", 1));
            assertThat(vm.canApplyProperty().get()).isTrue();
            assertThat(f.project.sources().text(f.project.sources().list().get(0).id())).isEqualTo(TEXT); // preview only

            f.dialogs.passwords.add("rahasia-sekali");
            f.dialogs.passwords.add("rahasia-lain!");
            vm.apply();
            assertThat(f.dialogs.errors).hasSize(1);
            assertThat(f.project.anonymisation().mappings()).isEmpty();

            f.dialogs.passwords.add("rahasia-sekali");
            f.dialogs.passwords.add("rahasia-sekali");
            vm.apply();
            assertThat(f.project.sources().text(f.project.sources().list().get(0).id()))
                    .isEqualTo("Pewawancara: Selamat pagi, Pak Agus.\nNarasumber: Saya dari Sukamaju.\n");
            assertThat(vm.summaryProperty().get()).contains("Anonymised 1 source (2 replacements)");
            assertThat(vm.canApplyProperty().get()).isFalse();
        }
    }

    @Test
    void backUpNowAndRestoreReportTheVerifiedTrail() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            f.open();
            List<Path> opened = new ArrayList<>();
            BackupViewModel vm = new BackupViewModel(f.session, f.dialogs, f.errors, "tester", opened::add);
            Path file = dir.resolve("copy.tematik-backup.zip");
            f.dialogs.saveFiles.add(file);
            vm.backUpNow();
            assertThat(file).exists();
            assertThat(f.dialogs.infos).singleElement().asString().contains("Backed up 'Test'");

            f.dialogs.openFiles.add(file);
            f.dialogs.folders.add(dir);
            f.dialogs.texts.add("restored");
            vm.restore();
            assertThat(f.dialogs.errors).isEmpty();
            assertThat(f.dialogs.confirmations).singleElement().asString().contains("the audit trail of", "is intact");
            assertThat(opened).containsExactly(dir.resolve("restored").toAbsolutePath().normalize());
            assertThat(Project.exists(dir.resolve("restored"))).isTrue();

            f.dialogs.openFiles.add(file);
            f.dialogs.folders.add(dir);
            f.dialogs.texts.add("restored"); // not empty any more: refused, nothing overwritten
            vm.restore();
            assertThat(f.dialogs.errors).singleElement().asString().contains("is not an empty folder");
        }
    }

    @Test
    void newEncryptedProjectNeedsMatchingPassphrasesAndOpensTheProject() throws Exception {
        FakeDialogService dialogs = new FakeDialogService();
        ProjectSession session = new ProjectSession(new SyncTaskRunner());
        List<Project> created = new ArrayList<>();
        NewEncryptedProjectViewModel vm = new NewEncryptedProjectViewModel(session, dialogs, new ErrorReporter(dialogs, session),
                "tester", created::add);
        dialogs.folders.add(dir.resolve("rahasia"));
        vm.chooseFolder();
        assertThat(vm.nameProperty().get()).isEqualTo("rahasia");
        vm.passphraseProperty().set("pendek");
        assertThat(vm.strengthText().get()).contains("Too short");
        assertThat(vm.canCreate().get()).isFalse();
        vm.passphraseProperty().set("kopi tubruk di pagi hari");
        vm.confirmationProperty().set("kopi tubruk di pagi har");
        assertThat(vm.strengthText().get()).isEqualTo("Strong");
        assertThat(vm.canCreate().get()).isFalse();
        vm.confirmationProperty().set("kopi tubruk di pagi hari");
        assertThat(vm.canCreate().get()).isTrue();
        boolean[] closed = {false};
        vm.create(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(created).hasSize(1);
        created.get(0).close();
        assertThat(Project.isEncrypted(dir.resolve("rahasia"))).isTrue();
        assertThat(vm.passphraseProperty().get()).isEmpty();
        try (Project again = Project.open(dir.resolve("rahasia"), "tester", "kopi tubruk di pagi hari".toCharArray())) {
            assertThat(again.name()).isEqualTo("rahasia");
        }
        assertThat(NewEncryptedProjectViewModel.strength("password")).isEqualTo(NewEncryptedProjectViewModel.Strength.WEAK);
    }

    @Test
    void backupSettingsRefuseAPolicyWithoutBackupsAndPersistAGoodOne() {
        Path file = dir.resolve("settings.properties");
        FakeDialogService dialogs = new FakeDialogService();
        ProjectSession session = new ProjectSession(new SyncTaskRunner());
        org.tematik.ui.common.AppSettings settings = new org.tematik.ui.common.AppSettings(file);
        org.tematik.ui.backup.AutoBackups backups = new org.tematik.ui.backup.AutoBackups(session, new ErrorReporter(dialogs, session),
                settings.backupEveryMinutes(), settings.backupKeep());
        org.tematik.ui.backup.BackupSettingsViewModel vm = new org.tematik.ui.backup.BackupSettingsViewModel(settings, backups);
        assertThat(vm.everyMinutesProperty().get()).isEqualTo(30);
        vm.everyMinutesProperty().set(0);
        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("at least one minute");
        vm.everyMinutesProperty().set(15);
        vm.keepProperty().set(3);
        assertThat(vm.save()).isTrue();
        assertThat(backups.everyMinutes()).isEqualTo(15);
        assertThat(backups.keep()).isEqualTo(3);
        org.tematik.ui.common.AppSettings reread = new org.tematik.ui.common.AppSettings(file);
        assertThat(reread.backupEveryMinutes()).isEqualTo(15);
        assertThat(reread.backupKeep()).isEqualTo(3);
    }
}
