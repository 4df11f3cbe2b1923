package com.salescallplanner.ui;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageType;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Moving a prospect to another stage, the one way the pipeline board, the prospect page and the
 * review do it: refused while the data is read-only, a move into a closed stage (won or lost)
 * confirmed first, recorded in the prospect's stage history with today's date, and one undoable
 * edit named "Move Acme to Proposal". Refusals are shown through the {@link DialogService}.
 */
public final class StageMove {
    /** How a move ended. */
    public enum Outcome {
        MOVED,
        /** Not moved and nothing to say: already in that stage, or the rep declined closing the deal. */
        KEPT,
        /** Not moved, and the rep has been told why (read-only data, a broken rule). */
        REFUSED,
        /** The prospect or the stage no longer exists (e.g. a stale view after undo). */
        GONE
    }

    /** @param message what to tell the rep: "Moved Acme to Proposal.", why it was refused, or "" */
    public record Result(Outcome outcome, String message) {
        public boolean moved() {
            return outcome == Outcome.MOVED;
        }
    }

    private final WorkspaceEditor editor;

    public StageMove(WorkspaceEditor editor) {
        this.editor = Objects.requireNonNull(editor);
    }

    /** Moves the prospect to the stage; see the class comment for what is checked and asked. */
    public Result move(ProspectId id, StageId stageId) {
        PlannerData data = editor.workspace().data();
        Optional<Prospect> found = data.prospect(id);
        Optional<Stage> target = data.stages().find(stageId);
        if (found.isEmpty() || target.isEmpty()) {
            return new Result(Outcome.GONE, "That prospect or stage no longer exists.");
        }
        Prospect p = found.get();
        Stage stage = target.get();
        if (p.stageId().equals(stageId)) {
            return new Result(Outcome.KEPT, "");
        }
        if (editor.refusedAsReadOnly("Move " + p.company())) {
            return new Result(Outcome.REFUSED, WorkspaceEditor.READ_ONLY);
        }
        if (!confirmed(p, stage)) {
            return new Result(Outcome.KEPT, "");
        }
        LocalDate today = editor.workspace().now().toLocalDate();
        return editor.applyOrExplain(description(p, stage), d -> moved(d, id, stageId, today))
                .map(why -> new Result(Outcome.REFUSED, why))
                .orElseGet(() -> new Result(Outcome.MOVED, "Moved " + p.company() + " to " + stage.name() + "."));
    }

    /**
     * Asks before the prospect moves into a closed stage (Cancel is the default: closing a deal by
     * accident is worse than a second click). True to go ahead, and always for an open stage or
     * the stage the prospect is in.
     */
    public boolean confirmed(Prospect p, Stage target) {
        if (!target.closed() || target.id().equals(p.stageId())) {
            return true;
        }
        String outcome = target.type() == StageType.WON ? "won" : "lost";
        return editor.dialogs().confirmWithCancelAsDefault(description(p, target) + "?",
                "Mark the deal with " + p.company() + " as " + outcome + "? It leaves the open pipeline until it is "
                        + "moved back to an open stage.",
                "Move to " + target.name());
    }

    /**
     * The data with the prospect in the stage and the change in its history, for an edit that does
     * more than move (the review records the outcome in the same undoable step).
     */
    public static PlannerData moved(PlannerData d, ProspectId id, StageId stageId, LocalDate on) {
        return d.withProspect(d.prospect(id).orElseThrow().movedTo(stageId, on));
    }

    /** "Move Acme to Proposal": the undo menu's name for the move. */
    public static String description(Prospect p, Stage target) {
        return "Move " + p.company() + " to " + target.name();
    }
}
