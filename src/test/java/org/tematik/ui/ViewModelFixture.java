package org.tematik.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tematik.core.project.Project;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.SyncTaskRunner;

/** A real project on disk behind a session that runs everything synchronously: ViewModel tests without the toolkit. */
public final class ViewModelFixture implements AutoCloseable {
    public final FakeDialogService dialogs = new FakeDialogService();
    public final ProjectSession session = new ProjectSession(new SyncTaskRunner());
    public final ErrorReporter errors = new ErrorReporter(dialogs, session);
    public final Project project;

    public ViewModelFixture(Path dir, String text) throws Exception {
        project = Project.init(dir.resolve("project"), "Test", "tester");
        Path file = dir.resolve("interview.txt");
        Files.writeString(file, text);
        project.sources().importFile(file, "interview", "interview");
    }

    public void open() {
        session.setProject(project);
    }

    @Override
    public void close() {
        session.setProject(null);
    }
}
