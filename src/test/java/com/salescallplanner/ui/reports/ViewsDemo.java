package com.salescallplanner.ui.reports;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.report.Fixtures;
import com.salescallplanner.domain.report.SyntheticData;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.board.BoardView;
import com.salescallplanner.ui.board.BoardViewModel;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.shell.FxDialogService;
import com.salescallplanner.ui.today.TodayView;
import com.salescallplanner.ui.today.TodayViewModel;

import java.time.Clock;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;


/**
 * Shows one of the three views over synthetic data, to look at them as a rep would:
 * {@code ViewsDemo today|board|reports [prospects] [calls]}. Test scope only; the clock is
 * fixed at the fixtures' "now" (12 March 2025, 10:00) so the agenda has calls.
 */
public final class ViewsDemo {
    private ViewsDemo() {
    }

    public static void main(String[] args) {
        String view = args.length > 0 ? args[0] : "reports";
        int prospects = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        PlannerData data = SyntheticData.generate(prospects, calls, 7, Fixtures.NOW);
        Workspace ws = new Workspace(data, Clock.fixed(Fixtures.NOW.toInstant(), Fixtures.ZONE));
        Platform.startup(() -> {
            Themes.use(false);
            RecordingNavigator nav = new RecordingNavigator();
            Parent root = switch (view) {
                case "today" -> new TodayView(new TodayViewModel(ws, nav));
                case "board" -> new BoardView(new BoardViewModel(new WorkspaceEditor(ws, new FxDialogService(() -> null)), nav));
                default -> new ReportsView(new ReportsViewModel(ws, nav));
            };
            Stage stage = new Stage();
            stage.setTitle("Demo " + view);
            stage.setScene(new Scene(root, 1400, 860));
            stage.show();
        });
    }
}
