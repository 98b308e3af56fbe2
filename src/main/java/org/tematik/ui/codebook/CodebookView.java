package org.tematik.ui.codebook;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.tematik.core.codebook.CodeNode;

/** The codebook tree on the right. Drop a dragged passage on a code, or double-click a code, to code it. */
public final class CodebookView {
    private final CodebookViewModel viewModel;

    @FXML
    private TreeView<CodeNode> codeTree;
    @FXML
    private javafx.scene.control.TextField quickCodeField;
    @FXML
    private javafx.scene.layout.FlowPane recentBar;
    @FXML
    private javafx.scene.layout.VBox detailsPanel;
    @FXML
    private javafx.scene.control.Label detailsHeading;
    @FXML
    private javafx.scene.control.Label detailsUsage;
    @FXML
    private javafx.scene.control.ColorPicker colorPicker;
    @FXML
    private javafx.scene.control.TextArea definitionArea;
    @FXML
    private javafx.scene.control.TextArea inclusionArea;
    @FXML
    private javafx.scene.control.TextArea exclusionArea;
    @FXML
    private javafx.scene.control.TextArea exampleArea;
    @FXML
    private javafx.scene.control.TextArea codeMemoArea;

    public CodebookView(CodebookViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        codeTree.setRoot(new TreeItem<>());
        codeTree.setShowRoot(false);
        codeTree.setCellFactory(tree -> new CodeCell(viewModel));
        codeTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedCodeProperty().set(now == null || now.getValue() == null ? null : now.getValue().code().id()));
        viewModel.visibleCodes().addListener((ListChangeListener<CodeNode>) change -> rebuild());
        quickCodeField.textProperty().bindBidirectional(viewModel.filterProperty());
        quickCodeField.setOnAction(e -> viewModel.quickCode());
        quickCodeField.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                viewModel.filterProperty().set("");
            }
        });
        viewModel.recentCodes().addListener((ListChangeListener<CodeNode>) change -> showRecent());
        showRecent();
        rebuild();
        bindDetails();
        viewModel.showDetails();
        codeTree.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(org.tematik.ui.common.DragFormats.CODE)) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
            }
        });
        codeTree.setOnDragDropped(e -> { // dropped below the last code: to the top level, last
            boolean ok = e.getDragboard().hasContent(org.tematik.ui.common.DragFormats.CODE);
            if (ok) {
                viewModel.moveCode(UUID.fromString((String) e.getDragboard().getContent(org.tematik.ui.common.DragFormats.CODE)),
                        null, false);
            }
            e.setDropCompleted(ok);
        });
    }

    private void bindDetails() {
        CodeDetailsViewModel details = viewModel.details();
        detailsHeading.textProperty().bind(details.headingProperty());
        detailsUsage.textProperty().bind(details.usageProperty());
        definitionArea.textProperty().bindBidirectional(details.definitionProperty());
        inclusionArea.textProperty().bindBidirectional(details.inclusionProperty());
        exclusionArea.textProperty().bindBidirectional(details.exclusionProperty());
        exampleArea.textProperty().bindBidirectional(details.exampleProperty());
        codeMemoArea.textProperty().bindBidirectional(details.memoProperty());
        detailsPanel.disableProperty().bind(details.editableProperty().not());
        colorPicker.setValue(javafx.scene.paint.Color.web(details.colorProperty().get()));
        details.colorProperty().addListener((obs, old, now) -> colorPicker.setValue(javafx.scene.paint.Color.web(now)));
        colorPicker.valueProperty().addListener((obs, old, now) -> details.colorProperty().set(hex(now)));
    }

    private static String hex(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @FXML
    private void saveDetails() {
        viewModel.details().save();
    }

    /** Puts the caret in the quick-code box (Ctrl+K). */
    public void focusQuickCode() {
        quickCodeField.requestFocus();
        quickCodeField.selectAll();
    }

    /** The recent codes as small chips "1 Name", so keys 1-9 are discoverable; a click applies one too. */
    private void showRecent() {
        recentBar.getChildren().clear();
        for (int i = 0; i < viewModel.recentCodes().size(); i++) {
            CodeNode node = viewModel.recentCodes().get(i);
            int key = i + 1;
            javafx.scene.control.Label chip = new javafx.scene.control.Label(key + "  " + node.code().name());
            chip.getStyleClass().add("recent-code");
            chip.setStyle("-tk-code: " + node.code().color() + ";");
            chip.setOnMouseClicked(e -> viewModel.codeWithRecent(key));
            recentBar.getChildren().add(chip);
        }
        recentBar.setVisible(!recentBar.getChildren().isEmpty());
        recentBar.setManaged(recentBar.isVisible());
    }

    @FXML
    private void mergeCode() {
        viewModel.mergeSelected();
    }

    @FXML
    private void addCode() {
        viewModel.addCode();
    }

    @FXML
    private void addSubCode() {
        viewModel.addSubCode();
    }

    @FXML
    private void renameCode() {
        viewModel.renameSelected();
    }

    @FXML
    private void deleteCode() {
        viewModel.deleteSelected();
    }

    /** The tree's items in the order of the visible codes, and whether a filter was on when they were built. */
    private java.util.List<TreeItem<CodeNode>> shownItems = java.util.List.of();
    private boolean shownFiltering;

    /** Nests the flat tree-ordered list, keeping the selection and which branches were open. */
    private void rebuild() {
        UUID chosen = viewModel.selectedCodeProperty().get(); // read first: a new root clears the selection, and with it this
        boolean filtering = !viewModel.filterProperty().get().isBlank();
        if (sameShape(viewModel.visibleCodes(), filtering)) {
            // after a coding only counts change: new values for the changed rows keep the tree, its
            // scroll position and selection, and cost one cell each instead of the whole tree
            for (int i = 0; i < shownItems.size(); i++) {
                CodeNode now = viewModel.visibleCodes().get(i);
                if (!now.equals(shownItems.get(i).getValue())) {
                    shownItems.get(i).setValue(now);
                }
            }
        } else {
            build(filtering);
        }
        select(chosen);
    }

    private void build(boolean filtering) {
        Map<UUID, Boolean> collapsed = new HashMap<>();
        codeTree.getRoot().getChildren().forEach(item -> rememberCollapsed(item, collapsed));
        TreeItem<CodeNode> root = new TreeItem<>();
        Map<UUID, TreeItem<CodeNode>> items = new HashMap<>();
        java.util.List<TreeItem<CodeNode>> built = new java.util.ArrayList<>();
        for (CodeNode node : viewModel.visibleCodes()) {
            TreeItem<CodeNode> item = new TreeItem<>(node);
            built.add(item);
            item.setExpanded(filtering || !collapsed.getOrDefault(node.code().id(), false));
            items.put(node.code().id(), item);
            TreeItem<CodeNode> parent = node.code().parentId() == null ? root : items.getOrDefault(node.code().parentId(), root);
            parent.getChildren().add(item);
        }
        codeTree.setRoot(root);
        shownItems = built;
        shownFiltering = filtering;
    }

    /** Selects the row of {@code code} (if it is shown and not selected already). */
    private void select(UUID code) {
        TreeItem<CodeNode> current = codeTree.getSelectionModel().getSelectedItem();
        if (code == null || current != null && current.getValue().code().id().equals(code)) {
            return;
        }
        shownItems.stream().filter(item -> item.getValue().code().id().equals(code)).findFirst()
                .ifPresent(item -> codeTree.getSelectionModel().select(item));
    }

    /** The same codes under the same parents in the same order as the tree shows. */
    private boolean sameShape(java.util.List<CodeNode> nodes, boolean filtering) {
        if (filtering != shownFiltering || nodes.size() != shownItems.size() || nodes.isEmpty()) {
            return false;
        }
        for (int i = 0; i < nodes.size(); i++) {
            org.tematik.core.codebook.Code was = shownItems.get(i).getValue().code();
            org.tematik.core.codebook.Code now = nodes.get(i).code();
            if (!was.id().equals(now.id()) || !java.util.Objects.equals(was.parentId(), now.parentId())) {
                return false;
            }
        }
        return true;
    }

    private static void rememberCollapsed(TreeItem<CodeNode> item, Map<UUID, Boolean> collapsed) {
        if (item.getValue() != null && !item.isExpanded() && !item.isLeaf()) {
            collapsed.put(item.getValue().code().id(), true);
        }
        item.getChildren().forEach(child -> rememberCollapsed(child, collapsed));
    }
}
