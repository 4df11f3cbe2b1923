package com.salescallplanner.ui.settings;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.SalesProcess;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.StageUsage;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.FormField;
import com.salescallplanner.ui.WorkspaceEditor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stage table of the Settings page: the stages in order with their prospect counts, the
 * selected stage, and what may be done with it. Each action is one undoable workspace edit; a
 * refused remove is disabled and {@link #removeReasonProperty() says why}.
 */
public final class StagesViewModel {
    static final String NAME = "name";
    static final String DESCRIPTION = "description";

    private final WorkspaceEditor editor;
    private final ObservableList<StageRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StageRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper removeReason = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRename;
    private final BooleanBinding canMoveUp;
    private final BooleanBinding canMoveDown;
    private final BooleanBinding canRemove;
    private StageId selectedId;
    private boolean refreshing;

    StagesViewModel(WorkspaceEditor editor, ObservableBooleanValue editable) {
        this.editor = editor;
        canRename = Bindings.createBooleanBinding(() -> editable.get() && selected.get() != null, editable, selected);
        canMoveUp = Bindings.createBooleanBinding(() -> editable.get() && canMove(-1), editable, selected, rows);
        canMoveDown = Bindings.createBooleanBinding(() -> editable.get() && canMove(+1), editable, selected, rows);
        canRemove = Bindings.createBooleanBinding(() -> editable.get() && selected.get() != null
                && removeReason.get().isEmpty(), editable, selected, removeReason);
    }

    void refresh(PlannerData d) {
        Map<StageId, Integer> counts = new HashMap<>();
        for (Prospect p : d.prospects()) {
            counts.merge(p.stageId(), 1, Integer::sum);
        }
        List<StageRow> fresh = new ArrayList<>();
        List<Stage> stages = d.stages().stages();
        for (int i = 0; i < stages.size(); i++) {
            fresh.add(new StageRow(stages.get(i), i + 1, counts.getOrDefault(stages.get(i).id(), 0)));
        }
        refreshing = true;
        try {
            rows.setAll(fresh);
            StageRow again = fresh.stream().filter(r -> r.id().equals(selectedId)).findFirst().orElse(null);
            selected.set(again);
            removeReason.set(again == null ? "" : refusal(d, again.id()));
        } finally {
            refreshing = false;
        }
    }

    /** The table's selection changed (null when nothing is selected). */
    public void select(StageRow row) {
        if (refreshing) {
            return;
        }
        selectedId = row == null ? null : row.id();
        selected.set(row);
        removeReason.set(row == null ? "" : refusal(editor.workspace().data(), row.id()));
    }

    /** Asks for a name and description and adds an open stage after the selected one (or last of the open ones). */
    public void add() {
        if (editor.refusedAsReadOnly("Add a stage")) {
            return;
        }
        StageModel model = editor.workspace().data().stages();
        List<Stage> open = model.openStages();
        StageRow sel = selected.get();
        int at = sel != null && !sel.stage().closed() ? open.indexOf(sel.stage()) + 1 : open.size();
        String title = at == 0 ? "Add a stage before " + open.get(0).name() : "Add a stage after " + open.get(at - 1).name();
        Optional<Map<String, String>> form = editor.dialogs().form(title,
                List.of(FormField.text(NAME, "Name", "", true, TextLimit.STAGE_NAME),
                        FormField.text(DESCRIPTION, "Description", "", false, TextLimit.STAGE_DESCRIPTION)));
        form.ifPresent(v -> {
            String name = v.getOrDefault(NAME, "").strip();
            if (editor.apply("Add stage " + name, d -> SalesProcess.addStage(d, name, v.get(DESCRIPTION), at))) {
                editor.workspace().data().stages().findByName(name).ifPresent(s -> selectById(s.id()));
            }
        });
    }

    /** Asks for the selected stage's new name and description. */
    public void renameSelected() {
        StageRow sel = selected.get();
        if (sel == null || editor.refusedAsReadOnly("Rename " + sel.name())) {
            return;
        }
        Stage s = sel.stage();
        editor.dialogs().form("Rename " + s.name(), List.of(FormField.text(NAME, "Name", s.name(), true,
                TextLimit.STAGE_NAME), FormField.text(DESCRIPTION, "Description", s.description(), false,
                TextLimit.STAGE_DESCRIPTION))).ifPresent(v -> {
            String name = v.getOrDefault(NAME, "").strip();
            String what = name.equals(s.name()) ? "Edit the description of " + s.name() : "Rename " + s.name() + " to " + name;
            editor.apply(what, d -> SalesProcess.renameStage(d, s.id(), name, v.get(DESCRIPTION)));
        });
    }

    /** Moves the selected open stage one place earlier ({@code -1}) or later ({@code +1}). */
    public void moveSelected(int step) {
        StageRow sel = selected.get();
        if (sel != null) {
            editor.apply("Move " + sel.name() + (step < 0 ? " up" : " down"),
                    d -> SalesProcess.moveStage(d, sel.id(), step));
        }
    }

    /** Removes the selected stage after the rep confirms; says where its ladder rungs go. */
    public void removeSelected() {
        StageRow sel = selected.get();
        if (sel == null || editor.refusedAsReadOnly("Remove " + sel.name())) {
            return;
        }
        PlannerData data = editor.workspace().data();
        StageUsage usage = StageUsage.of(data, sel.id());
        String message = "Remove the stage " + sel.name() + " from the sales process?";
        if (usage.removalRefusal(data.stages()).isEmpty() && !usage.rungs().isEmpty()) {
            message += " The ladder's " + String.join(", ", usage.rungs()) + " will start at "
                    + SalesProcess.heirOf(data.stages(), sel.id()).name() + " instead.";
        }
        if (editor.dialogs().confirm("Remove " + sel.name(), message, "Remove")) {
            if (editor.apply("Remove stage " + sel.name(), d -> SalesProcess.removeStage(d, sel.id()))) {
                selectById(null);
            }
        }
    }

    private void selectById(StageId id) {
        select(rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
    }

    private boolean canMove(int step) {
        StageRow sel = selected.get();
        if (sel == null || sel.stage().closed()) {
            return false;
        }
        List<StageId> open = rows.stream().filter(r -> !r.stage().closed()).map(StageRow::id).toList();
        int to = open.indexOf(sel.id()) + step;
        return to >= 0 && to < open.size();
    }

    private static String refusal(PlannerData d, StageId id) {
        return StageUsage.of(d, id).removalRefusal(d.stages()).orElse("");
    }

    public ObservableList<StageRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<StageRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Why the selected stage cannot be removed, or "" when it can (or nothing is selected). */
    public ReadOnlyStringProperty removeReasonProperty() {
        return removeReason.getReadOnlyProperty();
    }

    public BooleanBinding canRenameProperty() {
        return canRename;
    }

    public BooleanBinding canMoveUpProperty() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDownProperty() {
        return canMoveDown;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }
}
