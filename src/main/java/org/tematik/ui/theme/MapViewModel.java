package org.tematik.ui.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.coding.CodingView;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.theme.MapLink;
import org.tematik.core.theme.Placement;
import org.tematik.core.theme.map.MapExport;
import org.tematik.core.theme.map.MapLayout;
import org.tematik.core.theme.map.MapNode;
import org.tematik.core.theme.map.ThematicMap;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.PassageOpener;
import org.tematik.ui.common.ProjectSession;

/**
 * The thematic map's state: the laid-out map, dragging (saved as an audited placement when the node is
 * dropped), drawing links, the segments behind a node, and export.
 */
public final class MapViewModel {
    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final PassageOpener opener;
    private final ObjectProperty<ThematicMap> map = new SimpleObjectProperty<>();
    private final ObservableList<CodingView> segments = FXCollections.observableArrayList();
    private final StringProperty segmentsTitle = new SimpleStringProperty(Messages.tr("map.view.pickNode"));
    private final ObjectProperty<MapNode> linkFrom = new SimpleObjectProperty<>();
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refresh();
    private long generation;

    public MapViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors, PassageOpener opener) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.opener = opener;
        session.revisionProperty().addListener(onRevision);
    }

    public void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }

    public void refresh() {
        Project p = session.project();
        if (p == null) {
            map.set(null);
            return;
        }
        long asked = ++generation;
        session.runner().run(() -> p.themeMap().build(MapLayout.DEFAULT_SEED), built -> {
            if (session.project() == p && asked == generation) { // builds may finish out of order: keep the newest
                map.set(built);
            }
        }, errors::report);
    }

    /** While dragging: the node follows the pointer; nothing is saved yet. */
    public void drag(MapNode node, double x, double y) {
        if (map.get() != null) {
            map.set(map.get().moved(node.key(), x, y));
        }
    }

    /**
     * The drop saves the map as the user sees it (one audited, undoable change): every node is pinned, so moving
     * one never rearranges the others. Themes added later are laid out around them.
     */
    public void drop(MapNode node) {
        Project p = session.project();
        ThematicMap m = map.get();
        if (p != null && m != null && m.byKey().containsKey(node.key())) {
            List<Placement> places = m.nodes().stream().map(n -> new Placement(n.kind(), n.id(), n.x(), n.y())).toList();
            session.runner().run(() -> {
                p.themes().place(places);
                return null;
            }, done -> { }, errors::report);
        }
    }

    /** Lays the whole map out again: saved places are forgotten (undo brings them back). */
    public void autoLayout() {
        Project p = session.project();
        if (p != null) {
            session.runner().run(() -> {
                p.themes().resetLayout();
                return null;
            }, done -> refresh(), errors::report);
        }
    }

    /** A click while drawing a link: the first picks where it starts, the second where it ends. */
    public void linkClick(MapNode node) {
        MapNode from = linkFrom.get();
        if (from == null) {
            linkFrom.set(node);
            return;
        }
        linkFrom.set(null);
        if (from.key().equals(node.key())) {
            return;
        }
        List<String> kinds = MapLink.KINDS.stream().map(k -> Messages.tr(MapLink.kindKey(k))).toList();
        Optional<String> kind = dialogs.choose(Messages.tr("map.view.linkTitle"),
                Messages.tr("map.view.linkPrompt", from.label(), node.label()), kinds);
        if (kind.isEmpty()) {
            return;
        }
        String chosen = MapLink.KINDS.get(kinds.indexOf(kind.get()));
        String label = dialogs.askText(Messages.tr("map.view.linkTitle"), Messages.tr("map.view.labelPrompt"), "").orElse(null);
        Project p = session.project();
        session.runner().run(() -> p.themes().addLink(from.kind(), from.id(), node.kind(), node.id(), chosen, label),
                done -> { }, errors::report);
    }

    public void cancelLink() {
        linkFrom.set(null);
    }

    /** The coded segments behind a node: a theme's extracts, or a code's codings. */
    public void open(MapNode node) {
        Project p = session.project();
        if (p == null || node == null) {
            return;
        }
        segmentsTitle.set(Messages.tr("map.view.segmentsOf", node.label()));
        session.runner().run(() -> node.isTheme() ? p.themes().extracts(node.id()) : p.codings().list(node.id().toString(), null),
                segments::setAll, errors::report);
    }

    public void show(CodingView c) {
        if (c != null) {
            opener.show(c.coding().sourceId(), c.coding().start(), c.coding().end());
        }
    }

    public void exportSvg() {
        export("svg");
    }

    public void exportPng() {
        export("png");
    }

    private void export(String ext) {
        ThematicMap m = map.get();
        Project p = session.project();
        if (m == null || p == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.tr("map.view.exportTitle"), p.name() + " - map." + ext, ext.toUpperCase(java.util.Locale.ROOT),
                List.of("*." + ext)).ifPresent(chosen -> {
                    Path file = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + ext)
                            ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + ext);
                    session.runner().run(() -> {
                        MapExport.write(m, file);
                        return file;
                    }, written -> session.statusProperty().set(Messages.tr("map.view.exported", written)), errors::report);
                });
    }

    public ObjectProperty<ThematicMap> mapProperty() {
        return map;
    }

    public ObservableList<CodingView> segments() {
        return segments;
    }

    public StringProperty segmentsTitleProperty() {
        return segmentsTitle;
    }

    public ObjectProperty<MapNode> linkFromProperty() {
        return linkFrom;
    }
}
