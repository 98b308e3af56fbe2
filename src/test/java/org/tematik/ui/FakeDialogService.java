package org.tematik.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.tematik.ui.common.DialogService;

/** Scripted answers instead of real dialogs; records the errors it was asked to show. */
public final class FakeDialogService implements DialogService {
    public final Deque<String> texts = new ArrayDeque<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public final Deque<List<Path>> files = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    /** Memo answers come from {@link #texts} too: "" deletes, an empty queue cancels. */
    @Override
    public Optional<String> editMemo(String title, String prompt, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    public final Deque<String> passwords = new ArrayDeque<>();

    @Override
    public Optional<String> askPassword(String title, String prompt) {
        return Optional.ofNullable(passwords.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    public final Deque<String> choices = new ArrayDeque<>();
    public final List<List<String>> offered = new ArrayList<>();

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        offered.add(options);
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public List<Path> chooseFiles(String title) {
        List<Path> next = files.poll();
        return next == null ? List.of() : next;
    }

    public final Deque<Path> openFiles = new ArrayDeque<>();
    public final Deque<Path> saveFiles = new ArrayDeque<>();
    public final List<String> infos = new ArrayList<>();

    @Override
    public Optional<Path> chooseOpenFile(String title, String filterName, List<String> globs) {
        return Optional.ofNullable(openFiles.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String filterName, List<String> globs) {
        return Optional.ofNullable(saveFiles.poll());
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }
}
