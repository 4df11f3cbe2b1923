package com.salescallplanner.ui.board;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.report.Pipeline;
import com.salescallplanner.domain.report.PipelineColumn;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.StageMove;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.computed.ComputedViewModel;
import com.salescallplanner.ui.computed.RefreshMode;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline board: a column per stage with the prospects in it. Moving a card is a
 * {@link StageMove}, as on the prospect page: refused while read-only, confirmed first into a
 * closed stage, recorded in the stage history, undoable.
 */
public final class BoardViewModel extends ComputedViewModel<Pipeline> {
    static final Duration DEBOUNCE = Duration.ofMillis(40);

    private final StageMove stageMove;
    private final ObservableList<BoardColumn> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The selected card's prospect; it stays selected when its card moves to another column. */
    private final ObjectProperty<ProspectId> selected = new SimpleObjectProperty<>();

    public BoardViewModel(WorkspaceEditor editor, Navigator navigator) {
        this(editor, navigator, RefreshMode.BACKGROUND, Formats.window());
    }

    public BoardViewModel(WorkspaceEditor editor, Navigator navigator, RefreshMode mode, Formats formats) {
        super(editor.workspace(), navigator, mode, formats, DEBOUNCE);
        this.stageMove = new StageMove(editor);
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
    public boolean moveProspect(ProspectId id, StageId stageId) {
        selected.set(id);
        StageMove.Result result = stageMove.move(id, stageId);
        if (result.outcome() == StageMove.Outcome.GONE) {
            message.set("That prospect or stage no longer exists; the board has been refreshed.");
            refresh();
        } else if (!result.message().isEmpty()) {
            message.set(result.message());
        }
        return result.moved();
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

    /**
     * The prospect whose card is selected: set when the rep selects a card or moves one, kept
     * while the card changes column, so the next keyboard move acts on the same card.
     */
    public ObjectProperty<ProspectId> selectedProperty() {
        return selected;
    }

    /** What the last move did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Today in the rep's time zone, for "next call tomorrow" on the cards. */
    public java.time.LocalDate today() {
        return workspace().now().toLocalDate();
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
