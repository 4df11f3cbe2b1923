package com.salescallplanner.ui.prospects;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.FormField;
import com.salescallplanner.ui.OnScreenText;
import com.salescallplanner.ui.StageMove;
import com.salescallplanner.ui.WorkspaceEditor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adding, renaming, deleting a prospect and moving it between stages, shared by list and detail. */
public final class ProspectActions {
    static final String COMPANY = "company";
    static final String DEAL = "deal";
    static final String STAGE = "stage";

    private final WorkspaceEditor editor;
    private final StageMove stageMove;

    public ProspectActions(WorkspaceEditor editor) {
        this.editor = editor;
        this.stageMove = new StageMove(editor);
    }

    private DialogService dialogs() {
        return editor.dialogs();
    }

    private PlannerData data() {
        return editor.workspace().data();
    }

    /** Asks for company, deal and stage; returns the new prospect's id when one was added. */
    public Optional<ProspectId> create() {
        if (editor.refusedAsReadOnly("Add a prospect")) {
            return Optional.empty();
        }
        List<String> stageNames = data().stages().openStages().stream().map(Stage::name).toList();
        Optional<Map<String, String>> form = dialogs().form("New prospect", List.of(
                FormField.text(COMPANY, "Company", "", true, TextLimit.COMPANY),
                FormField.text(DEAL, "Deal", "", false, TextLimit.DEAL_NAME),
                FormField.choice(STAGE, "Stage", stageNames.get(0), stageNames)));
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> v = form.get();
        StageId stageId = data().stages().findByName(v.get(STAGE)).orElse(data().stages().first()).id();
        Prospect[] created = new Prospect[1];
        // The edit's name shows in Undo's tooltip and, if refused, in a dialog's title: keep it short.
        boolean ok = editor.apply("Add " + OnScreenText.cut(v.get(COMPANY).strip(), OnScreenText.TITLE / 2), d -> {
            created[0] = Prospect.create(v.get(COMPANY), v.get(DEAL), stageId, editor.workspace().now().toLocalDate());
            return d.withProspect(created[0]);
        });
        return ok ? Optional.of(created[0].id()) : Optional.empty();
    }

    /** Asks for a new company and deal name. */
    public void rename(ProspectId id) {
        Optional<Prospect> p = data().prospect(id);
        if (p.isEmpty() || editor.refusedAsReadOnly("Edit " + p.get().company())) {
            return;
        }
        dialogs().form("Edit prospect", List.of(
                        FormField.text(COMPANY, "Company", p.get().company(), true, TextLimit.COMPANY),
                        FormField.text(DEAL, "Deal", p.get().dealName(), false, TextLimit.DEAL_NAME)))
                .ifPresent(v -> editor.apply("Edit " + p.get().company(), d -> d.withProspect(
                        d.prospect(id).orElseThrow().withDetails(v.get(COMPANY), v.get(DEAL)))));
    }

    /** Deletes the prospect and its calls after the rep confirms. */
    public boolean delete(ProspectId id) {
        Optional<Prospect> p = data().prospect(id);
        if (p.isEmpty() || editor.refusedAsReadOnly("Delete " + p.get().company())) {
            return false;
        }
        int calls = data().callsOf(id).size();
        String message = "Delete " + p.get().company() + (calls == 0 ? "?" : " and its " + calls
                + (calls == 1 ? " call?" : " calls?")) + " You can undo this with Undo.";
        if (!dialogs().confirm("Delete prospect", message, "Delete")) {
            return false;
        }
        return editor.apply("Delete " + p.get().company(), d -> d.withoutProspect(id));
    }

    /** Moves the prospect to a stage ({@link StageMove}: closing the deal, won or lost, asks first). */
    public boolean changeStage(ProspectId id, StageId stageId) {
        return stageMove.move(id, stageId).moved();
    }
}
