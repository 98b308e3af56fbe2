package org.tematik.ui;

import org.tematik.ui.casebook.CasebookView;
import org.tematik.ui.casebook.CasebookViewModel;
import org.tematik.ui.search.SearchView;
import org.tematik.ui.search.SearchViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.codebook.CodebookView;
import org.tematik.ui.codebook.CodebookViewModel;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.TaskRunner;
import org.tematik.ui.document.DocumentView;
import org.tematik.ui.document.DocumentViewModel;
import org.tematik.ui.agreement.AgreementView;
import org.tematik.ui.agreement.AgreementViewModel;
import org.tematik.ui.importing.ImportDialogView;
import org.tematik.ui.importing.ImportDialogViewModel;
import org.tematik.ui.main.MainView;
import org.tematik.ui.main.MainViewModel;
import org.tematik.ui.sources.SourceListView;
import org.tematik.ui.sources.SourceListViewModel;

/**
 * The GUI's composition root, by hand: one ViewModel of each kind per window (they keep state when
 * the views are rebuilt for another language), and a controller factory that passes them to views.
 */
public final class AppContext {
    private final ProjectSession session;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final String coder;
    private final ErrorReporter errors;
    private MainViewModel main;
    private SourceListViewModel sourceList;
    private DocumentViewModel document;
    private CodebookViewModel codebook;
    private SearchViewModel search;
    private CasebookViewModel casebook;
    private org.tematik.ui.memo.MemoListViewModel memos;
    private org.tematik.ui.exchange.ExchangeViewModel exchange;
    private org.tematik.ui.security.SecurityActions security;

    public AppContext(TaskRunner runner, DialogService dialogs, AppSettings settings, String coder) {
        this.session = new ProjectSession(runner);
        this.dialogs = dialogs;
        this.settings = settings;
        this.coder = coder;
        this.errors = new ErrorReporter(dialogs, session);
    }

    public ProjectSession session() {
        return session;
    }

    public AppSettings settings() {
        return settings;
    }

    public MainViewModel mainViewModel() {
        if (main == null) {
            main = new MainViewModel(session, dialogs, settings, coder);
        }
        return main;
    }

    public SourceListViewModel sourceListViewModel() {
        if (sourceList == null) {
            sourceList = new SourceListViewModel(session, errors);
            sourceList.rememberWith(settings);
        }
        return sourceList;
    }

    public DocumentViewModel documentViewModel() {
        if (document == null) {
            document = new DocumentViewModel(session, dialogs, errors, codebookViewModel().codes());
        }
        return document;
    }

    public CodebookViewModel codebookViewModel() {
        if (codebook == null) {
            codebook = new CodebookViewModel(session, dialogs, errors);
        }
        return codebook;
    }

    /** The search panel's state; a click on a hit opens its passage in the document view. */
    public SearchViewModel searchViewModel() {
        if (search == null) {
            search = new SearchViewModel(session, errors, hit -> mainViewModel().showPassage(hit.sourceId(), hit.start(), hit.end()));
        }
        return search;
    }

    public CasebookViewModel casebookViewModel() {
        if (casebook == null) {
            casebook = new CasebookViewModel(session, dialogs, errors);
        }
        return casebook;
    }

    public org.tematik.ui.memo.MemoListViewModel memoListViewModel() {
        if (memos == null) {
            memos = new org.tematik.ui.memo.MemoListViewModel(session, dialogs, errors);
        }
        return memos;
    }

    public org.tematik.ui.exchange.ExchangeViewModel exchangeViewModel() {
        if (exchange == null) {
            exchange = new org.tematik.ui.exchange.ExchangeViewModel(session, dialogs, errors, coder,
                    dir -> mainViewModel().openProject(dir));
        }
        return exchange;
    }

    /** File > Security and backups: new encrypted project, anonymisation, backups. */
    public org.tematik.ui.security.SecurityActions securityActions() {
        if (security == null) {
            security = new org.tematik.ui.security.SecurityActions(session, dialogs, errors, settings, coder, this::mainViewModel);
        }
        return security;
    }

    /** Loads {@code XView.fxml} beside the view class, in the current language, and returns its controller. */
    public <T> T load(Class<T> viewClass) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setControllerFactory(this::createController);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
        return viewClass.cast(loader.getController());
    }

    private Object createController(Class<?> type) {
        if (type == MainView.class) {
            return new MainView(mainViewModel(), codebookViewModel());
        }
        if (type == SourceListView.class) {
            return new SourceListView(sourceListViewModel());
        }
        if (type == DocumentView.class) {
            return new DocumentView(documentViewModel());
        }
        if (type == ImportDialogView.class) {
            return new ImportDialogView(new ImportDialogViewModel(session, dialogs, errors)); // a fresh one per dialog
        }
        if (type == CasebookView.class) {
            return new CasebookView(casebookViewModel());
        }
        if (type == SearchView.class) {
            return new SearchView(searchViewModel());
        }
        if (type == AgreementView.class) {
            return new AgreementView(new AgreementViewModel(session, errors, mainViewModel()::showPassage)); // one per window
        }
        if (type == org.tematik.ui.suggest.SuggestView.class) { // a fresh queue per window
            return new org.tematik.ui.suggest.SuggestView(new org.tematik.ui.suggest.SuggestViewModel(session, errors,
                    mainViewModel()::showPassage));
        }
        if (type == org.tematik.ui.audit.AuditView.class) {
            return new org.tematik.ui.audit.AuditView(new org.tematik.ui.audit.AuditViewModel(session, errors)); // one per window
        }
        if (type == org.tematik.ui.retrieve.RetrieveView.class) {
            return new org.tematik.ui.retrieve.RetrieveView(new org.tematik.ui.retrieve.RetrieveViewModel(
                    session, errors, documentViewModel(), codebookViewModel().codes()));
        }
        if (type == org.tematik.ui.memo.MemoListView.class) {
            return new org.tematik.ui.memo.MemoListView(memoListViewModel());
        }
        if (type == org.tematik.ui.matrix.MatrixView.class) { // a fresh one per window
            return new org.tematik.ui.matrix.MatrixView(new org.tematik.ui.matrix.MatrixViewModel(session, dialogs, errors,
                    mainViewModel()::showPassage));
        }
        if (type == org.tematik.ui.matrix.CooccurrenceView.class) {
            return new org.tematik.ui.matrix.CooccurrenceView(new org.tematik.ui.matrix.CooccurrenceViewModel(session, dialogs,
                    errors, mainViewModel()::showPassage));
        }
        if (type == CodebookView.class) {
            return new CodebookView(codebookViewModel());
        }
        Object security = securityActions().controller(type);
        if (security != null) {
            return security;
        }
        Object theme = org.tematik.ui.theme.ThemeViews.create(type, session, dialogs, errors, mainViewModel()::showPassage);
        if (theme != null) {
            return theme;
        }
        throw new IllegalArgumentException("no controller for " + type);
    }
}
