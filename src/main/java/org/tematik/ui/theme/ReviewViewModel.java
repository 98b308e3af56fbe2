package org.tematik.ui.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.coding.CodingView;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.theme.ThemeSummary;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.PassageOpener;
import org.tematik.ui.common.ProjectSession;

/**
 * Phase 4, reviewing themes against the data: every theme with its warning flags (one source, one coder,
 * fewer than N segments), and the chosen theme's extracts grouped by code or by source.
 */
public final class ReviewViewModel {
    /** A heading (a code or a source) and the extracts under it. */
    public record Group(String title, List<CodingView> extracts) {
    }

    private final ProjectSession session;
    private final ErrorReporter errors;
    private final PassageOpener opener;
    private final ObservableList<ThemeSummary> themes = FXCollections.observableArrayList();
    private final ObjectProperty<ThemeSummary> selected = new SimpleObjectProperty<>();
    private final IntegerProperty thinBelow = new SimpleIntegerProperty(ThemeSummary.THIN_BELOW);
    private final BooleanProperty bySource = new SimpleBooleanProperty(false);
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final List<CodingView> extracts = new ArrayList<>();
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refresh();
    private long generation;

    public ReviewViewModel(ProjectSession session, ErrorReporter errors, PassageOpener opener) {
        this.session = session;
        this.errors = errors;
        this.opener = opener;
        selected.addListener((obs, old, now) -> loadExtracts());
        bySource.addListener((obs, old, now) -> regroup());
        session.revisionProperty().addListener(onRevision);
    }

    public void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }

    public void refresh() {
        Project p = session.project();
        if (p == null) {
            themes.clear();
            return;
        }
        java.util.UUID keep = selected.get() == null ? null : selected.get().theme().id();
        long asked = ++generation;
        session.runner().run(() -> p.themes().summaries(), list -> {
            if (asked != generation) {
                return; // a newer refresh is on its way
            }
            themes.setAll(list);
            selected.set(list.stream().filter(s -> s.theme().id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, errors::report);
    }

    private void loadExtracts() {
        Project p = session.project();
        ThemeSummary s = selected.get();
        if (p == null || s == null) {
            extracts.clear();
            groups.clear();
            return;
        }
        session.runner().run(() -> p.themes().extracts(s.theme().id()), list -> {
            extracts.clear();
            extracts.addAll(list);
            regroup();
        }, errors::report);
    }

    private void regroup() {
        Function<CodingView, String> key = bySource.get() ? CodingView::sourceName : CodingView::codeName;
        Map<String, List<CodingView>> by = new LinkedHashMap<>();
        extracts.stream().sorted(java.util.Comparator.comparing(key, String.CASE_INSENSITIVE_ORDER))
                .forEach(c -> by.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        List<Group> out = new ArrayList<>();
        by.forEach((title, list) -> out.add(new Group(Messages.tr("themeReview.group", title, list.size()), list)));
        groups.setAll(out);
    }

    /** The warnings on a theme, in words, or "" when it looks sound. */
    public String flags(ThemeSummary s) {
        List<String> out = new ArrayList<>();
        if (s.thin(thinBelow.get())) {
            out.add(Messages.tr("themeReview.flag.thin", thinBelow.get()));
        }
        if (s.singleSource()) {
            out.add(Messages.tr("themeReview.flag.singleSource"));
        }
        if (s.singleCoder()) {
            out.add(Messages.tr("themeReview.flag.singleCoder"));
        }
        return String.join(" \u00b7 ", out);
    }

    public void show(CodingView c) {
        if (c != null) {
            opener.show(c.coding().sourceId(), c.coding().start(), c.coding().end());
        }
    }

    public ObservableList<ThemeSummary> themes() {
        return themes;
    }

    public ObjectProperty<ThemeSummary> selectedProperty() {
        return selected;
    }

    public IntegerProperty thinBelowProperty() {
        return thinBelow;
    }

    public BooleanProperty bySourceProperty() {
        return bySource;
    }

    public ObservableList<Group> groups() {
        return groups;
    }
}
