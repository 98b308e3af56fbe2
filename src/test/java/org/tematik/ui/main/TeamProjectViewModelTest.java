package org.tematik.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.server.ServerAddress;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.Postgres;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.SyncTaskRunner;

/** Opening a team project from the window, and the window hearing of another coder's change. */
class TeamProjectViewModelTest {
    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final ProjectSession session = new ProjectSession(new SyncTaskRunner());

    @BeforeEach
    void home() {
        System.setProperty("tematik.home", tmp.resolve("home").toString());
    }

    @AfterEach
    void closeProject() {
        session.setProject(null);
        System.clearProperty("tematik.home");
    }

    @Test
    void theWindowOpensAServerProjectAndMovesOnWhenAnotherCoderChangesIt() throws Exception {
        ServerAddress address = Postgres.freshDatabase();
        try (Project lead = Project.initServer(address, null, "Tim kota kembar", "lead", tmp.resolve("lead"))) {
            lead.sources().importFile(Files2.write(tmp.resolve("in"), INTERVIEW + ".txt", INTERVIEW_TEXT), "interview", null);
        }
        Path settings = Files.writeString(tmp.resolve("settings.properties"), "");
        MainViewModel vm = new MainViewModel(session, dialogs, new AppSettings(settings), "ayu");
        dialogs.texts.add(address.toString());
        dialogs.passwords.add("not-saved");
        vm.openTeamProject();
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.project().server()).contains(address);
        assertThat(vm.projectInfoProperty().get()).contains(address.toString());
        assertThat(Files.readString(settings)).as("a server project is not the folder to reopen").doesNotContain("lastProject")
                .doesNotContain("not-saved");

        long before = session.revisionProperty().get();
        try (Project budi = Project.openServer(address, null, "budi", tmp.resolve("budi"))) {
            budi.codebook().add("Koordinasi", null, null, null);
        }
        long deadline = System.nanoTime() + 30_000_000_000L; // the watcher polls every 2 s
        while (session.revisionProperty().get() == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(session.revisionProperty().get()).isGreaterThan(before);
        assertThat(session.statusProperty().get()).startsWith("budi: ").contains("Koordinasi");

        dialogs.texts.add("postgresql://nowhere/x?user=a&password=b");
        vm.openTeamProject();
        assertThat(dialogs.errors).singleElement().asString().contains("must not contain a password");
    }
}
