package org.tematik.ui.exchange;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.common.ProjectSession;

/** Fills the File menu's "Exchange (REFI-QDA)" sub-menu; the actions live in {@link ExchangeViewModel}. */
public final class ExchangeMenu {
    private ExchangeMenu() {
    }

    public static void fill(Menu menu, ExchangeViewModel viewModel, ProjectSession session) {
        var noProject = session.projectProperty().isNull().or(viewModel.busyProperty());
        MenuItem exportQdpx = item("exchange.menu.exportQdpx", viewModel::exportQdpx);
        MenuItem exportQdc = item("exchange.menu.exportQdc", viewModel::exportQdc);
        MenuItem importProject = item("exchange.menu.importProject", viewModel::importProject);
        MenuItem mergeFile = item("exchange.menu.mergeFile", viewModel::mergeFile);
        MenuItem mergeFolder = item("exchange.menu.mergeFolder", viewModel::mergeFolder);
        for (MenuItem needsProject : new MenuItem[] {exportQdpx, exportQdc, mergeFile, mergeFolder}) {
            needsProject.disableProperty().bind(noProject);
        }
        importProject.disableProperty().bind(viewModel.busyProperty());
        menu.getItems().setAll(exportQdpx, exportQdc, new SeparatorMenuItem(), importProject, new SeparatorMenuItem(),
                mergeFile, mergeFolder);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.tr(key));
        item.setId(key.substring(key.lastIndexOf('.') + 1));
        item.setOnAction(e -> action.run());
        return item;
    }
}
