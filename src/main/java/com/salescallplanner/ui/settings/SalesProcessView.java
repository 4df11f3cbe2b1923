package com.salescallplanner.ui.settings;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.PageLayout;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/**
 * The "Sales process" and "Commitment ladder" sections of the Settings page. Thin: it lays out
 * the stage table and the ladder grid and binds them to {@link SalesProcessViewModel}.
 */
public final class SalesProcessView {
    public static final String TABLE_ID = StagesPane.TABLE_ID;
    public static final String ADD_ID = StagesPane.ADD_ID;
    public static final String RENAME_ID = StagesPane.RENAME_ID;
    public static final String UP_ID = StagesPane.UP_ID;
    public static final String DOWN_ID = StagesPane.DOWN_ID;
    public static final String REMOVE_ID = StagesPane.REMOVE_ID;
    public static final String REASON_ID = StagesPane.REASON_ID;
    public static final String READ_ONLY_ID = "sales-process-read-only";
    public static final String LEARNED_ID = LearnedPhrasingsPane.LIST_ID;
    public static final String LEARNED_EMPTY_ID = LearnedPhrasingsPane.EMPTY_ID;
    public static final String LEARNED_FORGET_ID = LearnedPhrasingsPane.FORGET_ID;

    private final SalesProcessViewModel vm;
    private final VBox stages;
    private final VBox ladder;
    private final VBox learned;

    public SalesProcessView(SalesProcessViewModel vm) {
        this.vm = vm;
        Label readOnly = muted("This data file is open read-only: the sales process cannot be changed.");
        readOnly.setId(READ_ONLY_ID);
        readOnly.setGraphic(Icons.of(Feather.LOCK));
        readOnly.visibleProperty().bind(vm.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        stages = PageLayout.section("Sales process",
                muted("The stages a deal moves through, in order; the last ones close it as won or lost. "
                        + "Renaming a stage keeps every prospect and call in it."),
                readOnly, new StagesPane(vm.stages(), vm.editableProperty()));
        ladder = PageLayout.section("Commitment ladder",
                muted("What the buyer can commit to, from the smallest step to the order, and the earliest "
                        + "stage where asking for it fits. The plan checker warns when a conservative objective "
                        + "aims past the prospect's stage, or a stretch objective more than one stage past it."),
                new LadderPane(vm.ladder(), vm.editableProperty()));
        learned = PageLayout.section("Learned phrasings",
                muted("How you corrected the checker's reading in the plan editor, kept with your data and applied "
                        + "to the same phrasing in every plan. Forget one to let the checker read it with its own "
                        + "rules again (Undo brings it back)."),
                new LearnedPhrasingsPane(vm.learned(), vm.editableProperty()));
    }

    /** The learned phrasings section. */
    public Node learnedSection() {
        return learned;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Css.MUTED);
        return l;
    }

    /** The sales process section: the stage table. */
    public Node stagesSection() {
        return stages;
    }

    /** The ladder section. */
    public Node ladderSection() {
        return ladder;
    }

    /** False when the rep chose to stay: examples over their limit cannot be saved yet. */
    public boolean canLeave() {
        return vm.ladder().canLeave();
    }

    /** Commits a field still being typed in and stops following the workspace. */
    public void dispose() {
        vm.ladder().commitPending();
        vm.dispose();
    }
}
