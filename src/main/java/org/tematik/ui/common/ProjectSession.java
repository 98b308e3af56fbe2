package org.tematik.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tematik.core.history.CommandStack;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;

/**
 * What the screens share: the open project, the selected source, code and passage, and a revision
 * counter that moves after every committed change so each screen can refresh itself.
 */
public final class ProjectSession {
    private final TaskRunner runner;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> selectedSource = new SimpleObjectProperty<>();
    private final ObjectProperty<java.util.UUID> selectedCode = new SimpleObjectProperty<>();
    private final ObjectProperty<TextSelection> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<TextSelection> passageRequest = new SimpleObjectProperty<>();
    private final LongProperty revision = new SimpleLongProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final Consumer<CommandStack.Applied> onChange;
    private final java.util.List<Consumer<CommandStack.Applied>> followers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean ownChange;
    /** On a team project: others' changes, polled from the server, move the revision like our own. */
    private org.tematik.core.server.ProjectWatcher watcher;

    public ProjectSession(TaskRunner runner) {
        this.runner = runner;
        this.onChange = applied -> {
            followers.forEach(follower -> follower.accept(applied));
            runner.onUi(() -> {
                status.set(applied.event().summary());
                ownChange = true;
                try {
                    revision.set(revision.get() + 1);
                } finally {
                    ownChange = false;
                }
            });
        };
    }

    /** Switches to another project (or none); the previous one is closed on the worker thread. */
    public void setProject(Project next) {
        Project previous = project.get();
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (previous != null) {
            previous.history().removeListener(onChange);
            runner.run(() -> {
                previous.close();
                return null;
            }, ignored -> { }, ignored -> { });
        }
        selection.set(null);
        selectedCode.set(null);
        selectedSource.set(null);
        if (next != null) {
            next.history().addListener(onChange);
            if (next.server().isPresent()) {
                watcher = new org.tematik.core.server.ProjectWatcher(next).start(java.time.Duration.ofSeconds(2));
                watcher.addListener(events -> runner.onUi(() -> {
                    status.set(events.get(events.size() - 1).coder() + ": " + events.get(events.size() - 1).summary());
                    revision.set(revision.get() + 1);
                }));
            }
        }
        project.set(next);
        revision.set(revision.get() + 1);
    }

    public Project project() {
        return project.get();
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<Source> selectedSourceProperty() {
        return selectedSource;
    }

    public ObjectProperty<java.util.UUID> selectedCodeProperty() {
        return selectedCode;
    }

    /** A jump from a list of passages: opens the source in the document viewer and selects [start, end) there. */
    public void showPassage(Source source, int start, int end) {
        passageRequest.set(null); // the same passage twice is still a jump
        selectedSource.set(source);
        passageRequest.set(new TextSelection(source.id(), start, end));
    }

    /** The passage the document viewer was last asked to show, in code points. */
    public javafx.beans.property.ReadOnlyObjectProperty<TextSelection> passageRequestProperty() {
        return passageRequest;
    }

    public ObjectProperty<TextSelection> selectionProperty() {
        return selection;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /**
     * Runs {@code follower} on the thread that committed each change made here (the worker), right after
     * the commit and before the revision moves. For the open document only: waiting for the revision to
     * reach the FX thread and come back would add a round trip to every coding the user is watching.
     */
    public void followOwnChanges(Consumer<CommandStack.Applied> follower) {
        followers.add(follower);
    }

    /** True while the revision moves for a change made here (so a follower has already seen it). */
    public boolean isOwnChange() {
        return ownChange;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public TaskRunner runner() {
        return runner;
    }
}
