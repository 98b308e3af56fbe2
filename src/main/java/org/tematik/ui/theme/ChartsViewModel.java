package org.tematik.ui.theme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.CoderActivity;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * Data for the three charts: codings per code, where codes fall along one source, and each coder's running
 * total of codings over time from the audit trail (an undone coding counts as removed).
 */
public final class ChartsViewModel {
    public record Bar(String code, int codings, String color) {
    }

    /** One coding as a share of the source: {@code from} and {@code to} between 0 and 1. */
    public record Mark(double from, double to, String color, String code) {
    }

    /** A coder's running total at the end of one period ({@code when}: a day, an hour or a minute, by the span). */
    public record Point(String when, int total) {
    }

    /** The periods in time order (the chart's categories) and each coder's points. */
    public record Progress(List<String> periods, Map<String, List<Point>> byCoder) {
        static final Progress NONE = new Progress(List.of(), Map.of());
    }

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();
    private final ObjectProperty<Progress> progress = new SimpleObjectProperty<>(Progress.NONE);
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refresh();

    public ChartsViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        source.addListener((obs, old, now) -> loadDensity());
        session.revisionProperty().addListener(onRevision);
    }

    public void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }

    public void refresh() {
        Project p = session.project();
        if (p == null) {
            return;
        }
        Source keep = source.get();
        session.runner().run(() -> new Loaded(bars(p), p.sources().list(), progress(p)), loaded -> {
            bars.setAll(loaded.bars());
            sources.setAll(loaded.sources());
            progress.set(loaded.progress());
            source.set(loaded.sources().stream().filter(s -> keep != null && s.id().equals(keep.id())).findFirst()
                    .orElse(loaded.sources().isEmpty() ? null : loaded.sources().get(0)));
            loadDensity();
        }, errors::report);
    }

    private record Loaded(List<Bar> bars, List<Source> sources, Progress progress) {
    }

    private static List<Bar> bars(Project p) {
        List<Bar> out = new ArrayList<>();
        for (CodeNode n : p.codebook().tree()) {
            out.add(new Bar(n.code().name(), n.codings(), n.code().color()));
        }
        return out;
    }

    /**
     * Running totals per coder at the end of each period in which they changed codings: per day, per hour when all
     * coding happened within two days, per minute within two hours (a pilot session would otherwise be one point).
     */
    static Progress progress(Project p) {
        List<CoderActivity.Step> steps = p.supervision().activity().steps(AuditFilter.ALL);
        if (steps.isEmpty()) {
            return Progress.NONE;
        }
        long hours = java.time.Duration.between(steps.get(0).time(), steps.get(steps.size() - 1).time()).toHours();
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern(
                hours < 2 ? "yyyy-MM-dd HH:mm" : hours < 48 ? "yyyy-MM-dd HH:00" : "yyyy-MM-dd").withZone(java.time.ZoneOffset.UTC);
        java.util.SortedSet<String> periods = new java.util.TreeSet<>();
        Map<String, Map<String, Integer>> last = new TreeMap<>(); // coder -> period -> total at its end
        for (CoderActivity.Step s : steps) {
            String period = format.format(s.time());
            periods.add(period);
            last.computeIfAbsent(s.coder(), k -> new TreeMap<>()).put(period, s.total());
        }
        Map<String, List<Point>> byCoder = new TreeMap<>();
        last.forEach((coder, totals) -> byCoder.put(coder, totals.entrySet().stream()
                .map(e -> new Point(e.getKey(), e.getValue())).toList()));
        return new Progress(List.copyOf(periods), byCoder);
    }

    private void loadDensity() {
        Project p = session.project();
        Source s = source.get();
        if (p == null || s == null) {
            marks.clear();
            return;
        }
        session.runner().run(() -> {
            double length = Math.max(1, p.sources().codePoints(s.id()).length());
            return p.codings().forSource(s.id()).stream().map(c -> new Mark(c.coding().start() / length,
                    c.coding().end() / length, c.codeColor(), c.codeName())).toList();
        }, marks::setAll, errors::report);
    }

    /** Where to write a chart's picture; the view takes the snapshot (a ViewModel holds no nodes). */
    public Optional<Path> choosePng(String chart) {
        Project p = session.project();
        String base = (p == null ? "tematik" : p.name()) + " - " + chart + ".png";
        return dialogs.chooseSaveFile(Messages.tr("chart.view.exportTitle"), base, "PNG", List.of("*.png")).map(f ->
                f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? f
                        : f.resolveSibling(f.getFileName() + ".png"));
    }

    public void exported(Path file) {
        session.statusProperty().set(Messages.tr("map.view.exported", file));
    }

    public void failed(Throwable t) {
        errors.report(t);
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObservableList<Mark> marks() {
        return marks;
    }

    public ObjectProperty<Progress> progressProperty() {
        return progress;
    }
}
