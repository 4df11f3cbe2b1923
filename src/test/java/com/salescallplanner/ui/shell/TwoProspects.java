package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.TestData.NOW;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;

/**
 * The planner of the tests of the list shown before the calls: two prospects read first, and the
 * whole data, where Initech's call of yesterday has no outcome yet (so its flags differ once the
 * calls are in).
 */
record TwoProspects(Prospect acme, Prospect initech, PlannerData prospectsOnly, PlannerData whole) {
    static TwoProspects make() {
        Prospect acme = TestData.prospect("Acme Logistics", StageModel.DISCOVERY);
        Prospect initech = TestData.prospect("Initech", StageModel.PROPOSAL);
        PlannerData prospectsOnly = PlannerData.empty().withProspect(acme).withProspect(initech);
        return new TwoProspects(acme, initech, prospectsOnly,
                prospectsOnly.withCall(TestData.call(initech, NOW.minusDays(1), "a", "b")));
    }
}
