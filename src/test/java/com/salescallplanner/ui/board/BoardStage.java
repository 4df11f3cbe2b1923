package com.salescallplanner.ui.board;

import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.shell.FxDialogService;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** The board alone on a stage, as the window shows it (light theme, real dialogs): the board's TestFX tests. */
final class BoardStage {
    private BoardStage() {
    }

    static BoardView show(Stage stage, Workspace workspace, RefreshMode refresh, double width, double height) {
        Themes.use(false);
        BoardViewModel vm = new BoardViewModel(new WorkspaceEditor(workspace, new FxDialogService(() -> stage)),
                new RecordingNavigator(), refresh, new Formats(Locale.UK));
        BoardView view = new BoardView(vm);
        stage.setScene(new Scene(view, width, height));
        stage.show();
        stage.requestFocus();
        return view;
    }
}
