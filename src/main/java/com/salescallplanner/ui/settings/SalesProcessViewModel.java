package com.salescallplanner.ui.settings;

import com.salescallplanner.ui.Edits;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;

/**
 * The "Sales process" section of the Settings page: the stage model and the commitment ladder,
 * kept in step with the workspace (so undo shows at once). Nothing is editable while the data
 * file is open read-only.
 */
public final class SalesProcessViewModel {
    private final Edits edits;
    private final BooleanBinding editable;
    private final StagesViewModel stages;
    private final LadderViewModel ladder;
    private final InvalidationListener dataListener = obs -> refresh();

    public SalesProcessViewModel(Edits edits) {
        this.edits = edits;
        this.editable = edits.workspace().readOnlyProperty().not();
        this.stages = new StagesViewModel(edits, editable);
        this.ladder = new LadderViewModel(edits);
        refresh();
        edits.workspace().dataProperty().addListener(dataListener);
    }

    private void refresh() {
        stages.refresh(edits.workspace().data());
        ladder.refresh(edits.workspace().data());
    }

    public StagesViewModel stages() {
        return stages;
    }

    public LadderViewModel ladder() {
        return ladder;
    }

    /** False while the data file is open read-only. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** Stops following the workspace: the page is gone. */
    public void dispose() {
        edits.workspace().dataProperty().removeListener(dataListener);
        editable.dispose();
    }
}
