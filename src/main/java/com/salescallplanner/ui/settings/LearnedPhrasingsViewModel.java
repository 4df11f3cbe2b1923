package com.salescallplanner.ui.settings;

import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.WorkspaceEditor;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings > Learned phrasings: the corrections the rep made to the checker's reading in the plan editor,
 * kept in the rep's data. Forgetting one is an edit like any other, so Undo brings it back.
 */
public final class LearnedPhrasingsViewModel {
    private final WorkspaceEditor editor;
    private final ObservableList<LearnedPhrasing> phrasings = FXCollections.observableArrayList();

    public LearnedPhrasingsViewModel(WorkspaceEditor editor) {
        this.editor = editor;
    }

    /** Shows the phrasings of {@code data} (the workspace's, after every edit, undo and redo). */
    void refresh(PlannerData data) {
        if (!phrasings.equals(data.learned())) {
            phrasings.setAll(data.learned());
        }
    }

    public ObservableList<LearnedPhrasing> phrasings() {
        return phrasings;
    }

    /** Forgets a phrasing: the checker reads it with its own rules again. Undoable. */
    public void forget(LearnedPhrasing phrasing) {
        editor.apply("Forget the learned phrasing \u201c" + phrasing.phrasing() + "\u201d",
                d -> d.withoutLearned(phrasing.phrasing()));
    }
}
