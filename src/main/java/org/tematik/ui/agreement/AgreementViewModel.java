package org.tematik.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.agreement.AgreementReport;
import org.tematik.core.agreement.DisagreementComment;
import org.tematik.core.agreement.Unit;
import org.tematik.core.coding.CodingView;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.PassageOpener;
import org.tematik.ui.common.ProjectSession;

/**
 * Inter-coder agreement: choose coders and a unit, see the figures and the method text, then walk the
 * disagreements side by side, discuss each (comments) and resolve it (adopt one coder's version).
 */
public final class AgreementViewModel {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private final PassageOpener opener;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> chosenCoders = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(Unit.PARAGRAPH);
    private final javafx.beans.property.BooleanProperty withoutSuggestions = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<AgreementReport.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<AgreementReport.DataRow> disagreements = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementReport.DataRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<DisagreementComment> comments = FXCollections.observableArrayList();
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final StringProperty passage = new SimpleStringProperty("");
    private final StringProperty method = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty(Messages.tr("agreement.view.hint"));
    private final StringProperty commentDraft = new SimpleStringProperty("");
    private final ObjectProperty<String> adoptFrom = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private AgreementReport report;

    public AgreementViewModel(ProjectSession session, ErrorReporter errors, PassageOpener opener) {
        this.session = session;
        this.errors = errors;
        this.opener = opener;
        selected.addListener((obs, old, now) -> showSelected());
        loadCoders();
    }

    private void loadCoders() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.runner().run(() -> project.agreement().coders(), names -> {
            if (chosenCoders.isEmpty() && names.size() >= 2) {
                chosenCoders.setAll(names.subList(0, 2)); // first, so the list shows them chosen when it fills
            }
            coders.setAll(names);
        }, errors::report);
    }

    /** Computes the figures for the chosen coders and unit (on the worker thread). */
    public void compare() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        List<String> who = List.copyOf(chosenCoders);
        Unit by = unit.get();
        boolean own = withoutSuggestions.get();
        running.set(true);
        session.runner().run(() -> project.agreement().compare(who, null, by, own), this::show, e -> {
            running.set(false);
            errors.report(e);
        });
    }

    private void show(AgreementReport r) {
        running.set(false);
        AgreementReport.DataRow was = selected.get();
        report = r;
        List<AgreementReport.Row> all = new ArrayList<>(r.codes());
        all.add(r.overall());
        rows.setAll(all);
        method.set(r.method());
        disagreements.setAll(r.disagreements());
        summary.set(Messages.tr("agreement.view.summary", r.disagreements().size(), r.data().size(), r.sources().size()));
        if (adoptFrom.get() == null || !r.coders().contains(adoptFrom.get())) {
            adoptFrom.set(r.coders().get(0));
        }
        // keep the same unit selected after a re-run (a resolved one drops out of the list)
        selected.set(was == null ? null : disagreements.stream().filter(d -> sameUnit(d, was)).findFirst().orElse(null));
    }

    private static boolean sameUnit(AgreementReport.DataRow a, AgreementReport.DataRow b) {
        return a.sourceId().equals(b.sourceId()) && a.codeId().equals(b.codeId()) && a.start() == b.start() && a.end() == b.end();
    }

    private void showSelected() {
        AgreementReport.DataRow d = selected.get();
        Project project = session.project();
        comments.clear();
        versions.clear();
        passage.set("");
        if (d == null || project == null) {
            return;
        }
        List<String> who = report.coders();
        session.runner().run(() -> new Detail(project.sources().codePoints(d.sourceId()).substring(d.start(), d.end()),
                project.agreement().comments(d), versions(project.codings().forSource(d.sourceId()), d, who)), detail -> {
                    if (selected.get() == d) {
                        passage.set(detail.passage());
                        comments.setAll(detail.comments());
                        versions.setAll(detail.versions());
                    }
                }, errors::report);
    }

    private record Detail(String passage, List<DisagreementComment> comments, List<String> versions) {
    }

    /** Each coder's version of the unit side by side: what they coded with the code there, quoted, or that they did not. */
    private static List<String> versions(List<CodingView> codings, AgreementReport.DataRow d, List<String> coders) {
        List<String> lines = new ArrayList<>();
        for (String coder : coders) {
            List<String> quotes = codings.stream()
                    .filter(c -> c.coding().codeId().equals(d.codeId()) && c.coding().coder().equals(coder)
                            && c.coding().start() < d.end() && c.coding().end() > d.start())
                    .map(c -> Messages.tr("agreement.view.version.quote", c.text().replaceAll("\\s+", " ").strip(),
                            c.coding().start(), c.coding().end()))
                    .toList();
            lines.add(coder + ": " + (quotes.isEmpty() ? Messages.tr("agreement.view.version.none") : String.join("  ", quotes)));
        }
        return lines;
    }

    /** Who applied the code in the unit and who did not, e.g. "alice ✓  bob ✗". */
    public String verdicts(AgreementReport.DataRow d) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < report.coders().size(); c++) {
            b.append(c == 0 ? "" : "   ").append(report.coders().get(c)).append(d.values()[c] == 1 ? " ✓" : " ✗");
        }
        return b.toString();
    }

    /** The row label: the code, or "Overall". */
    public static String codeLabel(AgreementReport.Row row) {
        return row.code() == null ? Messages.tr("agreement.overall") : row.code();
    }

    /** A figure with its interval, e.g. "0.412 [0.180, 0.640]"; "–" where undefined. */
    public static String figure(double value, double[] interval) {
        if (Double.isNaN(value)) {
            return "–";
        }
        String v = String.format(Locale.ROOT, "%.3f", value);
        return interval == null ? v : v + String.format(Locale.ROOT, " [%.3f, %.3f]", interval[0], interval[1]);
    }

    /** A share as a percentage with one decimal, e.g. "87.5 %"; "–" where undefined. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    public void addComment() {
        AgreementReport.DataRow d = selected.get();
        Project project = session.project();
        String text = commentDraft.get();
        if (d == null || project == null) {
            return;
        }
        session.runner().run(() -> project.agreement().comment(d, text), id -> {
            commentDraft.set("");
            showSelected();
        }, errors::report);
    }

    /** Resolves the selected disagreement with {@link #adoptFromProperty()}'s version, for every other coder. */
    public void adopt() {
        AgreementReport.DataRow d = selected.get();
        Project project = session.project();
        String from = adoptFrom.get();
        if (d == null || project == null || from == null) {
            return;
        }
        List<String> others = report.coders().stream().filter(c -> !c.equals(from)).toList();
        session.runner().run(() -> {
            project.agreement().adopt(d, from, others);
            return null;
        }, ignored -> compare(), errors::report);
    }

    /** Opens the passage in the main window's document viewer. */
    public void jumpToPassage() {
        AgreementReport.DataRow d = selected.get();
        if (d != null) {
            opener.show(d.sourceId(), d.start(), d.end());
        }
    }

    public ObservableList<String> coders() {
        return coders;
    }

    /** The coders to compare (two or more), chosen from {@link #coders()}. */
    public ObservableList<String> chosenCoders() {
        return chosenCoders;
    }

    /** Leave out codings that began as accepted code suggestions. */
    public javafx.beans.property.BooleanProperty withoutSuggestionsProperty() {
        return withoutSuggestions;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<AgreementReport.Row> rows() {
        return rows;
    }

    public ObservableList<AgreementReport.DataRow> disagreements() {
        return disagreements;
    }

    public ObjectProperty<AgreementReport.DataRow> selectedProperty() {
        return selected;
    }

    public ObservableList<DisagreementComment> comments() {
        return comments;
    }

    /** One line per coder: their coding of the selected unit, side by side. */
    public ObservableList<String> versions() {
        return versions;
    }

    public ReadOnlyStringProperty passageProperty() {
        return passage;
    }

    public ReadOnlyStringProperty methodProperty() {
        return method;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public StringProperty commentDraftProperty() {
        return commentDraft;
    }

    public ObjectProperty<String> adoptFromProperty() {
        return adoptFrom;
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
