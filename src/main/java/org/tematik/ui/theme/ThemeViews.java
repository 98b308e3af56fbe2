package org.tematik.ui.theme;

import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.PassageOpener;
import org.tematik.ui.common.ProjectSession;

/** Creates the theme window's controllers for AppContext's controller factory (one ViewModel per window). */
public final class ThemeViews {
    private ThemeViews() {
    }

    /** The controller for a view class of this package, or null for any other class. */
    public static Object create(Class<?> type, ProjectSession session, DialogService dialogs, ErrorReporter errors,
                                PassageOpener opener) {
        if (type == ThemesView.class) {
            return new ThemesView(new ThemesViewModel(session, dialogs, errors));
        }
        if (type == MapView.class) {
            return new MapView(new MapViewModel(session, dialogs, errors, opener));
        }
        if (type == ReviewView.class) {
            return new ReviewView(new ReviewViewModel(session, errors, opener));
        }
        if (type == ChartsView.class) {
            return new ChartsView(new ChartsViewModel(session, dialogs, errors));
        }
        return null;
    }
}
