package org.tematik.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog and file chooser goes through here, so ViewModels can be tested with a fake. */
public interface DialogService {
    Optional<String> askText(String title, String prompt, String initial);

    boolean confirm(String title, String message);

    /** One of {@code options} (for example a code to merge into); empty when cancelled. */
    Optional<String> choose(String title, String prompt, List<String> options);

    /** A password, typed without showing it; empty when cancelled. */
    Optional<String> askPassword(String title, String prompt);

    void showError(String title, String message);

    Optional<Path> chooseFolder(String title);

    List<Path> chooseFiles(String title);
}
