package com.salescallplanner.ui.settings;

import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageType;

/**
 * One line of the stage table: the stage, its place in the process (1 = first) and how many
 * prospects are in it now.
 */
public record StageRow(Stage stage, int position, int prospects) {

    public StageId id() {
        return stage.id();
    }

    public String name() {
        return stage.name();
    }

    /** "Open", "Won" or "Lost" (a closed stage). */
    public String typeText() {
        return stage.type() == StageType.OPEN ? "Open" : stage.type() == StageType.WON ? "Closed, won" : "Closed, lost";
    }

    /** "No prospects", "1 prospect", "12 prospects". */
    public String prospectsText() {
        return prospects == 0 ? "No prospects" : prospects + (prospects == 1 ? " prospect" : " prospects");
    }
}
