package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.TeamPort;
import com.salescallplanner.ui.port.TeamPort.Choice;
import com.salescallplanner.ui.port.TeamPort.RecordConflict;
import com.salescallplanner.ui.team.ConflictDialog;
import com.salescallplanner.ui.team.ConflictViewModel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;

/**
 * When the team database refuses an edit because the record changed on another machine, asks
 * the rep to settle it (one dialog per conflict) and puts the chosen record into the workspace.
 * "Later" leaves it waiting: the status bar keeps counting it and the next refusal asks again.
 */
final class ConflictSettler {
    private final TeamPort team;
    private final Workspace workspace;
    private final Executor io;
    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private boolean asking;

    ConflictSettler(TeamPort team, Workspace workspace, Executor io, Supplier<Window> owner, DialogService dialogs) {
        this.team = team;
        this.workspace = workspace;
        this.io = io;
        this.owner = owner;
        this.dialogs = dialogs;
        team.setConflictListener(() -> Platform.runLater(this::ask));
    }

    /** On the JavaFX thread: reads the conflicts (off it) and asks about the first. */
    void ask() {
        if (asking) {
            return;
        }
        asking = true;
        io.execute(() -> {
            List<RecordConflict> open = team.conflicts();
            Platform.runLater(() -> {
                if (open.isEmpty()) {
                    asking = false;
                    return;
                }
                RecordConflict c = open.get(0);
                ConflictViewModel vm = new ConflictViewModel(c);
                Optional<Choice> choice = new ConflictDialog(owner.get(), vm).showAndWait();
                if (choice.isEmpty()) {
                    asking = false;
                    return;
                }
                settle(c, choice.get(), vm);
            });
        });
    }

    private void settle(RecordConflict c, Choice choice, ConflictViewModel vm) {
        io.execute(() -> {
            try {
                PlannerData settled = team.settle(c.key(), choice, vm.fieldsFromTheirs());
                Platform.runLater(() -> {
                    workspace.apply("Settle " + c.title(),
                            d -> ConflictViewModel.withSettledRecord(d, settled, c.key()));
                    asking = false;
                    ask();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    asking = false;
                    dialogs.showError("Cannot settle the conflict", e.getMessage());
                });
            }
        });
    }
}
