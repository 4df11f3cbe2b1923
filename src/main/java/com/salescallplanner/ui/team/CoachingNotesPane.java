package com.salescallplanner.ui.team;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.port.TeamPort;
import com.salescallplanner.ui.port.TeamPort.CoachingNote;

import java.util.List;
import java.util.concurrent.Executor;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/**
 * The manager's coaching notes on a call, above the rep's plan editor and call mode. Hidden
 * while there are none (and on a data folder); read from the server on {@code io}.
 */
public final class CoachingNotesPane extends VBox {
    public static final String ID = "coaching-notes";

    public CoachingNotesPane(TeamPort team, CallId call, Executor io, Executor fx) {
        super(4);
        setId(ID);
        getStyleClass().add(Css.NOTICE);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        if (!team.available() || team.manager() || call == null) {
            return;
        }
        io.execute(() -> {
            try {
                List<CoachingNote> notes = team.notes(team.me(), call);
                fx.execute(() -> show(notes));
            } catch (RuntimeException e) {
                // Offline: the notes show again when the page opens with the server back.
            }
        });
    }

    private void show(List<CoachingNote> notes) {
        for (CoachingNote n : notes) {
            Label l = new Label("Coaching from " + n.author() + ": " + n.text(), Icons.of(Feather.MESSAGE_SQUARE));
            l.setWrapText(true);
            getChildren().add(l);
        }
        setVisible(!notes.isEmpty());
    }
}
