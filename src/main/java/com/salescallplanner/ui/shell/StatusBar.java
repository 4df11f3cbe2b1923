package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.store.SaveState;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;

/** The bottom line: the quiet save indicator, progress of slow work, undo and redo. */
final class StatusBar extends HBox {
    public static final String SAVE_ID = "save-status";
    public static final String NOTICE_ID = "notice";
    /** How long a notice such as "Saved acme.ics." stays. */
    private static final Duration NOTICE_TIME = Duration.seconds(8);
    final ProgressBar progress = new ProgressBar();
    final Label progressText = new Label();

    /** The latest notice, e.g. where an export went; it fades after a few seconds. */
    private static Label notice(MainViewModel vm) {
        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.getStyleClass().add(Css.NOTICE);
        PauseTransition fade = new PauseTransition(NOTICE_TIME);
        fade.setOnFinished(e -> notice.setText(""));
        vm.noticeProperty().addListener((obs, old, text) -> {
            notice.setText(text);
            notice.setTooltip(text.isEmpty() ? null : new Tooltip(text));
            if (text.isEmpty()) {
                fade.stop();
            } else {
                fade.playFromStart();
            }
        });
        notice.setAccessibleText("Notice");
        return notice;
    }

    StatusBar(MainViewModel vm) {
        super(10);
        getStyleClass().add(Css.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        Label save = new Label();
        save.setId(SAVE_ID);
        save.getStyleClass().add(Css.SAVE_INDICATOR);
        Runnable show = () -> {
            SaveState.Kind s = vm.file().saveStateProperty().get();
            String detail = vm.file().saveDetailProperty().get();
            boolean hasDetail = detail != null && !detail.isEmpty();
            // A team database says how its queue stands beside "Saved" ("Offline: 3 edits waiting").
            save.setText(s == SaveState.Kind.SAVED && hasDetail ? s.text() + " \u00b7 " + detail : s.text());
            save.setGraphic(Icons.of(switch (s) {
                case SAVED -> Feather.CHECK;
                case SAVING -> Feather.UPLOAD_CLOUD;
                case FAILED_RETRYING, FAILED -> Feather.ALERT_TRIANGLE;
                case READ_ONLY -> Feather.LOCK;
            }));
            save.getStyleClass().remove(Css.SAVE_FAILED);
            if (s == SaveState.Kind.FAILED_RETRYING || s == SaveState.Kind.FAILED || s == SaveState.Kind.READ_ONLY) {
                save.getStyleClass().add(Css.SAVE_FAILED);
            }
            save.setTooltip(hasDetail ? new Tooltip(detail) : null);
        };
        vm.file().saveStateProperty().addListener(obs -> show.run());
        vm.file().saveDetailProperty().addListener(obs -> show.run());
        show.run();
        save.setAccessibleText("Save status");
        // Nothing is saved before the data is read: the progress of reading shows instead.
        save.visibleProperty().bind(vm.file().loadingProperty().not());
        save.managedProperty().bind(save.visibleProperty());
        progress.setPrefWidth(160);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.visibleProperty().bind(progress.visibleProperty());
        progressText.managedProperty().bind(progress.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button undo = Icons.iconButton(Feather.CORNER_UP_LEFT, "Undo");
        undo.setId("undo");
        undo.disableProperty().bind(vm.workspace().canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        vm.workspace().undoLabelProperty().addListener((obs, o, n) -> undo.getTooltip().setText(
                n.isEmpty() ? "Undo" : n));
        Button redo = Icons.iconButton(Feather.CORNER_UP_RIGHT, "Redo");
        redo.setId("redo");
        redo.disableProperty().bind(vm.workspace().canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        vm.workspace().redoLabelProperty().addListener((obs, o, n) -> redo.getTooltip().setText(
                n.isEmpty() ? "Redo" : n));
        undo.setFocusTraversable(false);
        redo.setFocusTraversable(false);
        getChildren().addAll(save, progress, progressText, notice(vm), grow, undo, redo);
    }
}
