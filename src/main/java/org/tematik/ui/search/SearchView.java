package org.tematik.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.tematik.core.codebook.Code;
import org.tematik.core.i18n.Messages;
import org.tematik.core.search.AutocodeUnit;
import org.tematik.core.search.SearchHit;
import org.tematik.core.search.SearchLanguage;

/** The search panel: binds the controls to {@link SearchViewModel} and forwards clicks. */
public final class SearchView {
    private final SearchViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private TextField queryField;
    @FXML
    private ChoiceBox<SearchLanguage> languageChoice;
    @FXML
    private Button searchButton;
    @FXML
    private ListView<SearchHit> hitList;
    @FXML
    private TextFlow preview;
    @FXML
    private ComboBox<Code> codeChoice;
    @FXML
    private ChoiceBox<AutocodeUnit> unitChoice;
    @FXML
    private Button codeAllButton;
    @FXML
    private Label summaryLabel;

    public SearchView(SearchViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        queryField.setOnAction(e -> viewModel.search());
        List<SearchLanguage> languages = new ArrayList<>();
        languages.add(null);
        languages.addAll(List.of(SearchLanguage.values()));
        languageChoice.getItems().setAll(languages);
        languageChoice.setConverter(converter(l -> Messages.tr(l == null ? "search.panel.allLanguages"
                : l == SearchLanguage.INDONESIAN ? "search.panel.indonesian" : "search.panel.english")));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        searchButton.disableProperty().bind(viewModel.busyProperty());
        hitList.setItems(viewModel.hits());
        hitList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : SearchViewModel.label(hit));
            }
        });
        hitList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedHitProperty().set(now));
        viewModel.selectedHitProperty().addListener((obs, old, now) -> hitList.getSelectionModel().select(now));
        hitList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                viewModel.open(hitList.getSelectionModel().getSelectedItem());
            }
        });
        hitList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                viewModel.open(hitList.getSelectionModel().getSelectedItem());
            }
        });
        Text before = new Text();
        Text match = new Text();
        Text after = new Text();
        match.getStyleClass().add("search-match");
        before.textProperty().bind(viewModel.previewBeforeProperty());
        match.textProperty().bind(viewModel.previewMatchProperty());
        after.textProperty().bind(viewModel.previewAfterProperty());
        preview.getChildren().setAll(before, match, after);
        codeChoice.setItems(viewModel.codes());
        codeChoice.setConverter(converter(c -> c == null ? "" : c.name()));
        codeChoice.valueProperty().bindBidirectional(viewModel.codeProperty());
        unitChoice.getItems().setAll(AutocodeUnit.values());
        unitChoice.setConverter(converter(u -> Messages.tr(switch (u) {
            case HIT -> "search.panel.unit.hit";
            case SENTENCE -> "agreement.unit.sentence";
            case PARAGRAPH -> "agreement.unit.paragraph";
            case SPEAKER_TURN -> "agreement.unit.turn";
        })));
        unitChoice.valueProperty().bindBidirectional(viewModel.unitProperty());
        codeAllButton.disableProperty().bind(viewModel.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(viewModel.hits())));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
    }

    public BorderPane root() {
        return root;
    }

    public SearchViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void codeAllHits() {
        viewModel.codeAllHits();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
