package com.salescallplanner.ui.board;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageType;
import com.salescallplanner.domain.report.Pipeline;
import com.salescallplanner.domain.report.PipelineColumn;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.reports.ComputedViewModel;
import com.salescallplanner.ui.reports.Formats;
import com.salescallplanner.ui.reports.RefreshMode;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline board: a column per stage with the prospects in it. Moving a card changes the
 * prospect's stage through the workspace (so it can be undone) and records the move in the
 * stage history; moving into a closed stage is confirmed first.
 */
public final class BoardViewModel extends ComputedViewModel<Pipeline> {
    static final Duration DEBOUNCE = Duration.ofMillis(40);

    private final Confirmation confirmation;
    private final ObservableList<BoardColumn> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Confirms moves into a closed stage with an {@link AlertConfirmation}. */
    public BoardViewModel(Workspace workspace, Navigator navigator) {
        this(workspace, navigator, new AlertConfirmation());
    }

    public BoardViewModel(Workspace workspace, Navigator navigator, Confirmation confirmation) {
        this(workspace, navigator, confirmation, RefreshMode.BACKGROUND, Formats.window());
    }

    public BoardViewModel(Workspace workspace, Navigator navigator, Confirmation confirmation, RefreshMode mode,
                          Formats formats) {
        super(workspace, navigator, mode, formats, DEBOUNCE);
        this.confirmation = Objects.requireNonNull(confirmation);
        refresh();
    }

    @Override
    protected Pipeline compute(PlannerData data, ZonedDateTime now) {
        return Pipeline.of(data, now);
    }

    /**
     * Moves the prospect to the stage, recording the change with today's date. Moving into a
     * closed stage asks for confirmation first.
     *
     * @return true when the prospect moved
     */
    public boolean moveProspect(ProspectId id, String stageId) {
        PlannerData data = workspace().data();
        Optional<Prospect> found = data.prospect(id);
        Optional<Stage> target = data.stages().find(stageId);
        if (found.isEmpty() || target.isEmpty()) {
            message.set("That prospect or stage no longer exists; the board has been refreshed.");
            refresh();
            return false;
        }
        Prospect p = found.get();
        Stage stage = target.get();
        if (p.stageId().equals(stageId) || (stage.closed() && !confirmClosing(p, stage))) {
            return false;
        }
        try {
            workspace().apply("Move " + p.company() + " to " + stage.name(),
                    d -> d.withProspect(d.prospect(id).orElseThrow().movedTo(stageId, workspace().now().toLocalDate())));
        } catch (DomainException e) {
            message.set(e.getMessage());
            return false;
        }
        message.set("Moved " + p.company() + " to " + stage.name() + ".");
        return true;
    }

    /** Moves one stage on (+1) or back (-1) in the stage model's order. */
    public boolean moveBy(ProspectId id, int steps) {
        List<Stage> stages = stages();
        Optional<Prospect> p = workspace().data().prospect(id);
        if (p.isEmpty()) {
            return false;
        }
        int at = stages.stream().map(Stage::id).toList().indexOf(p.get().stageId());
        int to = at + steps;
        return to >= 0 && to < stages.size() && moveProspect(id, stages.get(to).id());
    }

    public void open(ProspectId id) {
        navigator().showProspect(id);
    }

    public void planCall(ProspectId id) {
        navigator().planCall(id);
    }

    /** The stages in board order: open stages in process order, then the closed ones. */
    public List<Stage> stages() {
        return columns.stream().map(BoardColumn::stage).toList();
    }

    public ObservableList<BoardColumn> columns() {
        return columns;
    }

    /** What the last move did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Today in the rep's time zone, for "next call tomorrow" on the cards. */
    public java.time.LocalDate today() {
        return workspace().now().toLocalDate();
    }

    private boolean confirmClosing(Prospect p, Stage stage) {
        String outcome = stage.type() == StageType.WON ? "won" : "lost";
        String message = "Mark the deal with " + p.company() + " as " + outcome + "? It leaves the open pipeline "
                + "and no further calls can be planned until it is reopened.";
        return confirmation.confirm("Move " + p.company() + " to " + stage.name() + "?", message,
                "Move to " + stage.name());
    }

    @Override
    protected void show(Pipeline pipeline) {
        List<Stage> stages = pipeline.columns().stream().map(PipelineColumn::stage).toList();
        if (!stages.equals(stages())) {
            columns.setAll(stages.stream().map(BoardColumn::new).toList());
        }
        for (int i = 0; i < stages.size(); i++) {
            columns.get(i).show(pipeline.columns().get(i), formats());
        }
    }
}
