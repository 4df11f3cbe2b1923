package com.salescallplanner.ui.reports;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.ui.Navigator;

import java.util.ArrayList;
import java.util.List;

/** A navigator that writes down where the view asked to go, e.g. "planCall p1". */
public final class RecordingNavigator implements Navigator {
    private final List<String> requests = new ArrayList<>();

    public List<String> requests() {
        return requests;
    }

    @Override
    public void showProspects() {
        requests.add("showProspects");
    }

    @Override
    public void showProspect(ProspectId prospect) {
        requests.add("showProspect " + prospect);
    }

    @Override
    public void planCall(ProspectId prospect) {
        requests.add("planCall " + prospect);
    }

    @Override
    public void editCall(CallId call) {
        requests.add("editCall " + call);
    }

    @Override
    public void startCall(CallId call) {
        requests.add("startCall " + call);
    }

    @Override
    public void reviewCall(CallId call) {
        requests.add("reviewCall " + call);
    }
}
