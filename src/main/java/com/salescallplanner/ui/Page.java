package com.salescallplanner.ui;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.ProspectId;

/** What the main window shows; the sidebar highlights the page's {@link #section()}. */
public sealed interface Page {
    Section section();

    /** A page reached from the sidebar. */
    record Home(Section section) implements Page {
    }

    record ProspectDetail(ProspectId prospect) implements Page {
        @Override
        public Section section() {
            return Section.PROSPECTS;
        }
    }

    /** The plan editor; {@code call} is null for a new plan. */
    record PlanEditor(ProspectId prospect, CallId call) implements Page {
        @Override
        public Section section() {
            return Section.PROSPECTS;
        }
    }

    record CallMode(CallId call) implements Page {
        @Override
        public Section section() {
            return Section.PROSPECTS;
        }
    }

    record Review(CallId call) implements Page {
        @Override
        public Section section() {
            return Section.PROSPECTS;
        }
    }
}
