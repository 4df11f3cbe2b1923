package com.salescallplanner.ui.detail;

import com.salescallplanner.domain.Qualification;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The eight MEDDPICC fields as editable text, in MEDDPICC order. */
public final class QualificationModel {
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();

    QualificationModel() {
        for (String name : new String[] {"Metrics", "Economic buyer", "Decision criteria", "Decision process",
                "Paper process", "Identified pain", "Champion", "Competition"}) {
            fields.put(name, new SimpleStringProperty(""));
        }
    }

    /** Field label to its text, in MEDDPICC order. */
    public Map<String, StringProperty> fields() {
        return fields;
    }

    void load(Qualification q) {
        set("Metrics", q.metrics());
        set("Economic buyer", q.economicBuyer());
        set("Decision criteria", q.decisionCriteria());
        set("Decision process", q.decisionProcess());
        set("Paper process", q.paperProcess());
        set("Identified pain", q.identifiedPain());
        set("Champion", q.champion());
        set("Competition", q.competition());
    }

    Qualification toQualification() {
        return new Qualification(get("Metrics"), get("Economic buyer"), get("Decision criteria"),
                get("Decision process"), get("Paper process"), get("Identified pain"), get("Champion"),
                get("Competition"));
    }

    private void set(String name, String value) {
        fields.get(name).set(value);
    }

    private String get(String name) {
        return fields.get(name).get();
    }
}
