package com.salescallplanner.ui.settings;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.SalesProcess;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.ui.WorkspaceEditor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The commitment ladder on the Settings page: one {@link RungModel} per rung, lowest rank first,
 * and the open stages a rung may start at. Each committed change is one undoable workspace edit;
 * a refused one shows why and puts the field back.
 */
public final class LadderViewModel {
    private final WorkspaceEditor editor;
    private final ObservableList<RungModel> rungs = FXCollections.observableArrayList();
    private final ObservableList<Stage> stageChoices = FXCollections.observableArrayList();
    private final Map<CommitmentKind, RungModel> byKind = new EnumMap<>(CommitmentKind.class);
    private boolean refreshing;

    LadderViewModel(WorkspaceEditor editor) {
        this.editor = editor;
        for (LadderRung r : editor.workspace().data().ladder().rungs()) {
            RungModel m = new RungModel(r.kind());
            byKind.put(r.kind(), m);
            m.earliestStageProperty().addListener((obs, o, n) -> {
                if (!refreshing && n != null) {
                    commitEarliestStage(m);
                }
            });
        }
    }

    void refresh(PlannerData d) {
        refreshing = true;
        try {
            if (!stageChoices.equals(d.stages().openStages())) {
                stageChoices.setAll(d.stages().openStages());
            }
            for (LadderRung r : d.ladder().rungs()) {
                byKind.get(r.kind()).load(r, d.stages().find(r.earliestStageId()).orElse(null));
            }
            // Sorted by rank: a re-ranked ladder (by an edited file) shows in its new order.
            List<RungModel> order = d.ladder().rungs().stream().map(r -> byKind.get(r.kind())).toList();
            if (!rungs.equals(order)) {
                rungs.setAll(order);
            }
        } finally {
            refreshing = false;
        }
    }

    /** The rep left the label field. */
    public void commitLabel(RungModel m) {
        LadderRung r = rung(m);
        String label = m.labelProperty().get() == null ? "" : m.labelProperty().get().strip();
        if (!label.equals(r.label())) {
            apply("Rename the rung " + r.label() + " to " + label, d -> SalesProcess.renameRung(d, m.kind(), label));
        }
    }

    /** The rep left the examples area. */
    public void commitExamples(RungModel m) {
        if (m.examplesLimit().overProperty().get()) {
            return; // the message is under the area; the text stays for the rep to shorten
        }
        saveExamples(m);
    }

    private void saveExamples(RungModel m) {
        apply("Edit the examples of " + rung(m).label(), d -> SalesProcess.setExamples(d, m.kind(), m.exampleLines()));
    }

    /**
     * Before the page goes: examples with a line still over its limit cannot be saved, so the rep
     * is asked; staying (the default, and Escape) keeps them to shorten.
     */
    public boolean canLeave() {
        if (editor.workspace().readOnlyProperty().get()) {
            return true;
        }
        for (RungModel m : rungs) {
            if (m.examplesLimit().overProperty().get()) {
                return editor.dialogs().choose("Example too long", m.examplesLimit().errorProperty().get()
                        + " Shorten it to keep the examples of " + rung(m).label() + "; leaving now loses what was"
                        + " typed there since they were last saved.",
                        List.of("Stay and shorten", "Leave without saving the examples")) == 1;
            }
        }
        return true;
    }

    /** Commits labels and examples typed but not yet committed (the page is being left). */
    public void commitPending() {
        if (editor.workspace().readOnlyProperty().get()) {
            return;
        }
        for (RungModel m : List.copyOf(rungs)) {
            commitLabel(m);
            // Examples over the limit were asked about in canLeave: they are left, not refused.
            commitExamples(m);
        }
    }

    private void commitEarliestStage(RungModel m) {
        Stage s = m.earliestStageProperty().get();
        LadderRung r = rung(m);
        if (!s.id().equals(r.earliestStageId())) {
            apply("Set the earliest stage of " + r.label() + " to " + s.name(), d -> SalesProcess.setEarliestStage(d, m.kind(), s.id()));
        }
    }

    private void apply(String description, java.util.function.UnaryOperator<PlannerData> edit) {
        if (!editor.apply(description, edit)) {
            refresh(editor.workspace().data());
        }
    }

    private LadderRung rung(RungModel m) {
        return editor.workspace().data().ladder().rung(m.kind());
    }

    public ObservableList<RungModel> rungs() {
        return rungs;
    }

    /** The stages a rung may start at: the open ones, in order. */
    public ObservableList<Stage> stageChoices() {
        return stageChoices;
    }
}
