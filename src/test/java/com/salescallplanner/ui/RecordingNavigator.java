package com.salescallplanner.ui;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.ProspectId;

import java.util.ArrayList;
import java.util.List;

/** Remembers where the view models asked to go. */
public final class RecordingNavigator implements Navigator {
    public final List<String> visits = new ArrayList<>();

    @Override
    public void showProspects() {
        visits.add("prospects");
    }

    @Override
    public void showProspect(ProspectId prospect) {
        visits.add("prospect:" + prospect);
    }

    @Override
    public void planCall(ProspectId prospect) {
        visits.add("plan:" + prospect);
    }

    @Override
    public void editCall(CallId call) {
        visits.add("edit:" + call);
    }

    @Override
    public void startCall(CallId call) {
        visits.add("call:" + call);
    }

    @Override
    public void reviewCall(CallId call) {
        visits.add("review:" + call);
    }

    public String last() {
        return visits.isEmpty() ? "" : visits.get(visits.size() - 1);
    }
}
