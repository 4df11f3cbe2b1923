package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.UpfrontContract;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The five fields of the up-front contract, as editable text. */
public final class ContractModel {
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty theirAgenda = new SimpleStringProperty("");
    private final StringProperty ourAgenda = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty expectedOutcome = new SimpleStringProperty("");

    void load(UpfrontContract c) {
        purpose.set(c.purpose());
        theirAgenda.set(c.theirAgenda());
        ourAgenda.set(c.ourAgenda());
        time.set(c.time());
        expectedOutcome.set(c.expectedOutcome());
    }

    UpfrontContract toContract() {
        return new UpfrontContract(purpose.get(), theirAgenda.get(), ourAgenda.get(), time.get(), expectedOutcome.get());
    }

    List<StringProperty> all() {
        return List.of(purpose, theirAgenda, ourAgenda, time, expectedOutcome);
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty theirAgendaProperty() {
        return theirAgenda;
    }

    public StringProperty ourAgendaProperty() {
        return ourAgenda;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty expectedOutcomeProperty() {
        return expectedOutcome;
    }
}
