package com.salescallplanner.ui.team;

import com.salescallplanner.ui.port.TeamPort;
import com.salescallplanner.ui.port.TeamPort.CoachingNote;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The manager's Team page: the team's upcoming calls sorted by what needs attention, the
 * coaching notes on the selected call and a new note to add. The server is asked on {@code io};
 * the answers are published on {@code fx} (the JavaFX thread in the window, the caller's in tests).
 */
public final class TeamViewModel {
    private final TeamPort team;
    private final Clock clock;
    private final Executor io;
    private final Executor fx;
    private final ObservableList<TeamCalls.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<CoachingNote> notes = FXCollections.observableArrayList();
    private final ObservableList<TeamFigures.Row> figures = FXCollections.observableArrayList();
    private final ObjectProperty<TeamCalls.Row> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty newNote = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public TeamViewModel(TeamPort team, Clock clock, Executor io, Executor fx) {
        this.team = team;
        this.clock = clock;
        this.io = io;
        this.fx = fx;
        selected.addListener((obs, o, row) -> loadNotes());
    }

    public ObservableList<TeamCalls.Row> rows() {
        return rows;
    }

    /** Hit rates per rep, the team's last. */
    public ObservableList<TeamFigures.Row> figures() {
        return figures;
    }

    public ObservableList<CoachingNote> notes() {
        return notes;
    }

    public ObjectProperty<TeamCalls.Row> selectedProperty() {
        return selected;
    }

    /** "Loading the team ...", "12 upcoming calls of 3 reps", or what went wrong. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the team's planners from the server and lists their upcoming calls. */
    public void load() {
        busy.set(true);
        status.set("Loading the team ...");
        io.execute(() -> {
            try {
                var planners = team.teamPlanners();
                List<TeamCalls.Row> list = TeamCalls.upcoming(planners, ZonedDateTime.now(clock));
                List<TeamFigures.Row> rates = TeamFigures.of(planners, clock.getZone());
                fx.execute(() -> {
                    rows.setAll(list);
                    figures.setAll(rates);
                    status.set(list.size() + (list.size() == 1 ? " upcoming call" : " upcoming calls") + " of "
                            + planners.size() + (planners.size() == 1 ? " rep" : " reps"));
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    status.set(e.getMessage());
                    busy.set(false);
                });
            }
        });
    }

    private void loadNotes() {
        TeamCalls.Row row = selected.get();
        notes.clear();
        if (row == null) {
            return;
        }
        io.execute(() -> {
            try {
                List<CoachingNote> list = team.notes(row.rep(), row.call().id());
                fx.execute(() -> {
                    if (selected.get() == row) {
                        notes.setAll(list);
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> status.set(e.getMessage()));
            }
        });
    }

    /** Adds the typed note to the selected call; a blank note or no selection does nothing. */
    public void addNote() {
        TeamCalls.Row row = selected.get();
        String text = newNote.get() == null ? "" : newNote.get().strip();
        if (row == null || text.isEmpty()) {
            return;
        }
        busy.set(true);
        io.execute(() -> {
            try {
                team.addNote(row.rep(), row.call().id(), text);
                List<CoachingNote> list = team.notes(row.rep(), row.call().id());
                fx.execute(() -> {
                    newNote.set("");
                    if (selected.get() == row) {
                        notes.setAll(list);
                    }
                    status.set("Note added to " + row.rep() + "'s call with " + row.prospect() + ".");
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    status.set(e.getMessage());
                    busy.set(false);
                });
            }
        });
    }
}
