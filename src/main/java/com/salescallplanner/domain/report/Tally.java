package com.salescallplanner.domain.report;

import com.salescallplanner.domain.CallOutcome;

/** Mutable counter behind {@link HitRates}; one per group while a report makes its single pass. */
final class Tally {
    private int reviewed;
    private int stretchMet;
    private int conservativeMet;
    private int advances;

    void add(CallOutcome outcome) {
        reviewed++;
        if (outcome.stretchMet()) {
            stretchMet++;
        }
        if (outcome.conservativeMet()) {
            conservativeMet++;
        }
        if (outcome.type().isAdvance()) {
            advances++;
        }
    }

    int reviewed() {
        return reviewed;
    }

    HitRates rates() {
        return new HitRates(reviewed, new Rate(stretchMet, reviewed), new Rate(conservativeMet, reviewed),
                new Rate(advances, reviewed));
    }
}
