package com.salescallplanner.ui.settings;

import com.salescallplanner.ui.WorkspaceEditor;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;

/**
 * The "Sales process" section of the Settings page: the stage model, the commitment ladder and the
 * checker's learned phrasings,
 * kept in step with the workspace (so undo shows at once). Nothing is editable while the data
 * file is open read-only.
 */
public final class SalesProcessViewModel {
    private final WorkspaceEditor editor;
    private final BooleanBinding editable;
    private final StagesViewModel stages;
    private final LadderViewModel ladder;
    private final LearnedPhrasingsViewModel learned;
    private final InvalidationListener dataListener = obs -> refresh();

    public SalesProcessViewModel(WorkspaceEditor editor) {
        this.editor = editor;
        this.editable = editor.workspace().readOnlyProperty().not();
        this.stages = new StagesViewModel(editor, editable);
        this.ladder = new LadderViewModel(editor);
        this.learned = new LearnedPhrasingsViewModel(editor);
        refresh();
        editor.workspace().dataProperty().addListener(dataListener);
    }

    private void refresh() {
        stages.refresh(editor.workspace().data());
        ladder.refresh(editor.workspace().data());
        learned.refresh(editor.workspace().data());
    }

    /** The checker's learned phrasings (the rep's corrections), with "forget". */
    public LearnedPhrasingsViewModel learned() {
        return learned;
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
        editor.workspace().dataProperty().removeListener(dataListener);
        editable.dispose();
    }
}
