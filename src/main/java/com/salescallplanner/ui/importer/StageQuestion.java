package com.salescallplanner.ui.importer;

import com.salescallplanner.domain.Stage;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** "The file uses the stage 'Verbal Commit' (lines 2, 4): map it to which stage?" */
public final class StageQuestion {
    private final String crmStage;
    private final String lines;
    private final ObjectProperty<Stage> answer = new SimpleObjectProperty<>();

    StageQuestion(String crmStage, String lines) {
        this.crmStage = crmStage;
        this.lines = lines;
    }

    public String crmStage() {
        return crmStage;
    }

    /** "lines 2, 4", for the question's label. */
    public String lines() {
        return lines;
    }

    /** The stage the user mapped it to, or null while unanswered (those rows are rejected). */
    public ObjectProperty<Stage> answerProperty() {
        return answer;
    }
}
