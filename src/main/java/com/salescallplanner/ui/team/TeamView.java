package com.salescallplanner.ui.team;

import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.TabMovesFocus;
import com.salescallplanner.ui.port.TeamPort.CoachingNote;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The manager's Team page: the team's upcoming calls with both objectives and what needs
 * attention, first what needs it most; below, the coaching notes on the selected call and a
 * field for a new one. Thin: everything is in {@link TeamViewModel}.
 */
public final class TeamView implements PageView {
    public static final String TABLE_ID = "team-calls";
    public static final String NOTE_ID = "team-note";
    public static final String ADD_NOTE_ID = "team-add-note";
    public static final String NOTES_ID = "team-notes";
    public static final String STATUS_ID = "team-status";
    public static final String FIGURES_ID = "team-figures";

    private final VBox root;
    private final TableView<TeamCalls.Row> table = new TableView<>();

    public TeamView(TeamViewModel vm) {
        Label title = new Label("Team");
        title.getStyleClass().add(TITLE_2);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Css.MUTED);
        status.textProperty().bind(vm.statusProperty());

        table.setId(TABLE_ID);
        table.setItems(vm.rows());
        table.getColumns().add(column("Rep", 90, TeamCalls.Row::rep));
        table.getColumns().add(column("When", 130, r -> Formats.window().shortDateTime(r.call().start())));
        table.getColumns().add(column("Prospect", 150, TeamCalls.Row::prospect));
        table.getColumns().add(column("Stage", 100, TeamCalls.Row::stage));
        table.getColumns().add(column("Stretch", 220, r -> objective(r.call(), true)));
        table.getColumns().add(column("Conservative", 220, r -> objective(r.call(), false)));
        table.getColumns().add(column("Needs attention", 200, TeamCalls.Row::attentionText));
        table.getColumns().add(column("Checker", 260, r -> String.join(" ", r.findings())));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No upcoming calls in the team."));
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        ListView<CoachingNote> notes = new ListView<>(vm.notes());
        notes.setId(NOTES_ID);
        notes.setPrefHeight(110);
        notes.setPlaceholder(new Label("No coaching notes on this call yet."));
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CoachingNote n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.author() + ": " + n.text());
            }
        });
        TextArea note = TabMovesFocus.install(new TextArea());
        note.setId(NOTE_ID);
        note.setPromptText("A coaching note on the selected call, e.g. \"Is that really the least they must commit to?\"");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.newNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button("Add coaching note");
        add.setId(ADD_NOTE_ID);
        add.setDefaultButton(false);
        add.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty())
                .or(vm.newNoteProperty().isEmpty()));
        add.setOnAction(e -> vm.addNote());
        VBox coaching = PageLayout.section("Coaching", notes, new HBox(8, note, add));

        TableView<TeamFigures.Row> rates = new TableView<>(vm.figures());
        rates.setId(FIGURES_ID);
        rates.getColumns().add(figure("Rep", 110, TeamFigures.Row::who));
        rates.getColumns().add(figure("Calls reviewed", 120, r -> String.valueOf(r.rates().reviewed())));
        rates.getColumns().add(figure("Stretch met", 150, r -> r.rates().stretch().label()));
        rates.getColumns().add(figure("Conservative met", 150, r -> r.rates().conservative().label()));
        rates.getColumns().add(figure("Advanced", 150, r -> r.rates().advance().label()));
        rates.setPrefHeight(150);
        rates.setPlaceholder(new Label("No reps in the team yet."));
        VBox hitRates = PageLayout.section("Hit rates per rep and for the team", rates);

        root = new VBox(12, new HBox(12, title, status), table, coaching, hitRates);
        root.getStyleClass().add(Css.PAGE);
        vm.load();
    }

    private static TableColumn<TeamFigures.Row, String> figure(String name, double width,
                                                               Function<TeamFigures.Row, String> value) {
        TableColumn<TeamFigures.Row, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static String objective(CallPlan c, boolean stretch) {
        return (stretch ? c.stretch() : c.conservative()).text();
    }

    private static TableColumn<TeamCalls.Row, String> column(String name, double width,
                                                             Function<TeamCalls.Row, String> value) {
        TableColumn<TeamCalls.Row, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusFirst() {
        table.requestFocus();
    }
}
