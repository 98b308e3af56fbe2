package org.tematik.ui.security;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.anonymise.AnonymiseView;
import org.tematik.ui.backup.BackupSettingsView;

/** Fills the File menu's "Security and backups" sub-menu. */
public final class SecurityMenu {
    private SecurityMenu() {
    }

    /**
     * {@code load} loads a view by class (AppContext::load), {@code open} shows its root in a window with a title.
     */
    public static void fill(Menu menu, SecurityActions actions, Function<Class<?>, Object> load, BiConsumer<Parent, String> open) {
        var noProject = actions.session().projectProperty().isNull();
        MenuItem newEncrypted = item("security.menu.newEncrypted", () -> {
            NewEncryptedProjectView view = (NewEncryptedProjectView) load.apply(NewEncryptedProjectView.class);
            open.accept(view.root(), Messages.tr("security.title"));
        });
        MenuItem anonymise = item("security.menu.anonymise", () -> {
            AnonymiseView view = (AnonymiseView) load.apply(AnonymiseView.class);
            open.accept(view.root(), Messages.tr("anonymise.ui.title"));
        });
        MenuItem backUp = item("security.menu.backUp", actions.backups()::backUpNow);
        MenuItem restore = item("security.menu.restore", actions.backups()::restore);
        MenuItem settings = item("security.menu.backupSettings", () -> {
            BackupSettingsView view = (BackupSettingsView) load.apply(BackupSettingsView.class);
            open.accept(view.root(), Messages.tr("backup.ui.settingsTitle"));
        });
        anonymise.disableProperty().bind(noProject);
        backUp.disableProperty().bind(noProject);
        menu.getItems().setAll(newEncrypted, anonymise, new SeparatorMenuItem(), backUp, restore, settings);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.tr(key));
        item.setId(key.substring(key.lastIndexOf('.') + 1));
        item.setOnAction(e -> action.run());
        return item;
    }
}
