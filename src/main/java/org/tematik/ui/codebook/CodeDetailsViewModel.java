package org.tematik.ui.codebook;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.i18n.Messages;
import org.tematik.core.memo.Memo;
import org.tematik.core.project.Project;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The side panel for the selected code: definition, inclusion and exclusion criteria, example, colour
 * and the code's memo, edited inline; Save writes one audited change for the definition and one for the memo.
 */
public final class CodeDetailsViewModel {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty inclusion = new SimpleStringProperty("");
    private final StringProperty exclusion = new SimpleStringProperty("");
    private final StringProperty example = new SimpleStringProperty("");
    private final StringProperty color = new SimpleStringProperty("#999999");
    private final StringProperty memo = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty usage = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private Code shown;
    private String shownMemo = "";

    public CodeDetailsViewModel(ProjectSession session, ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
    }

    /** Shows a code (null: none); called when the selection or the codebook changes. */
    public void show(CodeNode node, int sources) {
        Project project = session.project();
        if (node == null || project == null) {
            shown = null;
            editable.set(false);
            heading.set(Messages.tr("codebook.details.none"));
            usage.set("");
            fill(null, "");
            return;
        }
        boolean sameCode = shown != null && shown.id().equals(node.code().id());
        heading.set(node.path());
        usage.set(Messages.tr("codebook.details.usage", node.codings(), sources));
        if (sameCode && isDirty()) {
            return; // a refresh after some other change must not throw away what the user is typing
        }
        shown = node.code();
        editable.set(true);
        heading.set(node.path());
        usage.set(Messages.tr("codebook.details.usage", node.codings(), sources));
        UUID id = node.code().id();
        session.runner().run(() -> project.memos().on(Memo.ON_CODE, id).map(Memo::body).orElse(""), text -> {
            if (shown != null && shown.id().equals(id)) {
                fill(shown, text);
            }
        }, errors::report);
    }

    private void fill(Code code, String memoText) {
        definition.set(code == null || code.definition() == null ? "" : code.definition());
        inclusion.set(code == null || code.inclusion() == null ? "" : code.inclusion());
        exclusion.set(code == null || code.exclusion() == null ? "" : code.exclusion());
        example.set(code == null || code.example() == null ? "" : code.example());
        color.set(code == null ? "#999999" : code.color());
        memo.set(memoText);
        shownMemo = memoText;
    }

    /** Whether the fields differ from what is stored. */
    public boolean isDirty() {
        return shown != null && (!same(definition.get(), shown.definition()) || !same(inclusion.get(), shown.inclusion())
                || !same(exclusion.get(), shown.exclusion()) || !same(example.get(), shown.example())
                || !color.get().equalsIgnoreCase(shown.color()) || !memo.get().strip().equals(shownMemo.strip()));
    }

    public void save() {
        Project project = session.project();
        Code code = shown;
        if (project == null || code == null) {
            return;
        }
        boolean codeChanged = !same(definition.get(), code.definition()) || !same(inclusion.get(), code.inclusion())
                || !same(exclusion.get(), code.exclusion()) || !same(example.get(), code.example())
                || !color.get().equalsIgnoreCase(code.color());
        String d = definition.get();
        String i = inclusion.get();
        String e = exclusion.get();
        String x = example.get();
        String c = color.get();
        String m = memo.get();
        session.runner().run(() -> {
            if (codeChanged) {
                project.codebook().edit(code.id(), d, i, e, x, c);
            }
            project.memos().save(Memo.ON_CODE, code.id(), m);
            return project.codebook().find(code.id());
        }, saved -> {
            shown = saved;
            shownMemo = m;
        }, errors::report);
    }

    private static boolean same(String field, String stored) {
        String a = field == null ? "" : field.strip();
        return Objects.equals(a, stored == null ? "" : stored.strip());
    }

    public StringProperty definitionProperty() {
        return definition;
    }

    public StringProperty inclusionProperty() {
        return inclusion;
    }

    public StringProperty exclusionProperty() {
        return exclusion;
    }

    public StringProperty exampleProperty() {
        return example;
    }

    public StringProperty colorProperty() {
        return color;
    }

    public StringProperty memoProperty() {
        return memo;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty usageProperty() {
        return usage;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }
}
