package org.tematik.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog and file chooser goes through here, so ViewModels can be tested with a fake. */
public interface DialogService {
    Optional<String> askText(String title, String prompt, String initial);

    /**
     * A memo, several lines long, starting from {@code initial}. Empty text (to delete the memo) is an answer;
     * an empty Optional means cancelled.
     */
    Optional<String> editMemo(String title, String prompt, String initial);

    boolean confirm(String title, String message);

    /** One of {@code options} (for example a code to merge into); empty when cancelled. */
    Optional<String> choose(String title, String prompt, List<String> options);

    /** A password, typed without showing it; empty when cancelled. */
    Optional<String> askPassword(String title, String prompt);

    void showError(String title, String message);

    Optional<Path> chooseFolder(String title);

    List<Path> chooseFiles(String title);

    /** One file to open, offered with a filter (e.g. "REFI-QDA", ["*.qdpx", "*.qdc"]); empty when cancelled. */
    Optional<Path> chooseOpenFile(String title, String filterName, List<String> globs);

    /** Where to save, starting from {@code initialName}; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String initialName, String filterName, List<String> globs);

    /** A message to read, such as a report of what an import could not carry over. */
    void showInfo(String title, String message);

    /** Where to save, with no file-type filter. */
    default Optional<Path> chooseSaveFile(String title, String initialName) {
        return chooseSaveFile(title, initialName, null, List.of());
    }
}
