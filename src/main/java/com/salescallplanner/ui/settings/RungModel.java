package com.salescallplanner.ui.settings;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.LimitedText;

import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One rung of the commitment ladder as the Settings page edits it. The label and the examples
 * (one per line) are committed when the rep leaves the field; the earliest stage when it is picked.
 */
public final class RungModel {
    private final CommitmentKind kind;
    private final ReadOnlyStringWrapper rank = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper buyerAction = new ReadOnlyStringWrapper("");
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<Stage> earliestStage = new SimpleObjectProperty<>();
    private final StringProperty examples = new SimpleStringProperty("");
    private final LimitedText examplesLimit = LimitedText.eachLine(examples, TextLimit.EXAMPLE);

    RungModel(CommitmentKind kind) {
        this.kind = kind;
    }

    /** Shows the stored rung; {@code earliest} is the stage its earliest stage id names. */
    void load(LadderRung r, Stage earliest) {
        rank.set(String.valueOf(r.rank()));
        buyerAction.set("The buyer " + r.buyerAction());
        label.set(r.label());
        earliestStage.set(earliest);
        if (!examplesLimit.overProperty().get()) {
            // Over the limit, the rep is still shortening a line: another rung's edit must not undo that.
            examples.set(String.join("\n", r.examples()));
        }
    }

    public CommitmentKind kind() {
        return kind;
    }

    public ReadOnlyStringProperty rankProperty() {
        return rank.getReadOnlyProperty();
    }

    /** "The buyer agrees to a meeting or call at a set time": what the rung means. */
    public ReadOnlyStringProperty buyerActionProperty() {
        return buyerAction.getReadOnlyProperty();
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<Stage> earliestStageProperty() {
        return earliestStage;
    }

    /** The example objectives, one per line. */
    public StringProperty examplesProperty() {
        return examples;
    }

    /** Each example line has its own limit; over it the examples wait (not committed, not put back). */
    public LimitedText examplesLimit() {
        return examplesLimit;
    }

    List<String> exampleLines() {
        return Arrays.asList(examples.get() == null ? new String[0] : examples.get().split("\\R"));
    }
}
