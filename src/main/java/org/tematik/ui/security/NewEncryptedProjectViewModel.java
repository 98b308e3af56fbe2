package org.tematik.ui.security;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.project.ProjectKey;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * "New encrypted project": a folder, a name, and a passphrase typed twice, with a hint how strong it is.
 * The project is created on the worker and then shown like any opened project.
 */
public final class NewEncryptedProjectViewModel {
    /** How hard a passphrase is to guess, roughly: length counts most, then the kinds of characters. */
    public enum Strength { TOO_SHORT, WEAK, FAIR, STRONG }

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final String coder;
    private final Consumer<Project> onCreated;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public NewEncryptedProjectViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors, String coder,
                                        Consumer<Project> onCreated) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.coder = coder;
        this.onCreated = onCreated;
    }

    static Strength strength(String p) {
        if (p.length() < ProjectKey.MIN_PASSPHRASE) {
            return Strength.TOO_SHORT;
        }
        int kinds = 0;
        kinds += p.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += p.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += p.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        int score = p.length() / 4 + kinds; // four words of five letters beat "P@ssw0rd"
        return score >= 7 ? Strength.STRONG : score >= 5 ? Strength.FAIR : Strength.WEAK;
    }

    public StringBinding strengthText() {
        return Bindings.createStringBinding(() -> Messages.tr(switch (strength(passphrase.get())) {
            case TOO_SHORT -> "security.strength.tooShort";
            case WEAK -> "security.strength.weak";
            case FAIR -> "security.strength.fair";
            case STRONG -> "security.strength.strong";
        }), passphrase);
    }

    public BooleanBinding canCreate() {
        return Bindings.createBooleanBinding(() -> folder.get() != null && !name.get().isBlank()
                && passphrase.get().length() >= ProjectKey.MIN_PASSPHRASE && passphrase.get().equals(confirmation.get()),
                folder, name, passphrase, confirmation);
    }

    public void chooseFolder() {
        dialogs.chooseFolder(Messages.tr("project.new.choose")).ifPresent(dir -> {
            folder.set(dir);
            if (name.get().isBlank()) {
                name.set(dir.getFileName().toString());
            }
        });
    }

    /** Creates the project; {@code done} runs (on the UI thread) once it is open. */
    public void create(Runnable done) {
        if (!passphrase.get().equals(confirmation.get())) {
            message.set(Messages.tr("passphrase.error.mismatch"));
            return;
        }
        Path dir = folder.get();
        String projectName = name.get().strip();
        char[] secret = passphrase.get().toCharArray();
        message.set("");
        session.runner().run(() -> Project.init(dir, projectName, coder, secret), project -> {
            java.util.Arrays.fill(secret, '\0');
            passphrase.set("");
            confirmation.set("");
            onCreated.accept(project);
            dialogs.showInfo(Messages.tr("passphrase.dialog.title"), Messages.tr("passphrase.created"));
            done.run();
        }, failure -> {
            java.util.Arrays.fill(secret, '\0');
            errors.report(failure);
        });
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
