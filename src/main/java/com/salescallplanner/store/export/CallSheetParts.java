package com.salescallplanner.store.export;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.util.ArrayList;
import java.util.List;

/** Small wordings of the call sheet that several exports share. */
final class CallSheetParts {
    private CallSheetParts() {
    }

    /** Each attendee, as "Dana Kim (CFO)" when the prospect has a contact of that name with a role. */
    static List<String> attendees(CallPlan call, Prospect p) {
        return call.attendees().stream().map(a -> contact(p, a).map(Contact::label).orElse(a)).toList();
    }

    static java.util.Optional<Contact> contact(Prospect p, String name) {
        return p.contacts().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** "Advance: stretch met, conservative met; next: Workshop on 2026-04-02", or "No outcome recorded". */
    static String outcome(CallPlan c, StageModel stages) {
        CallOutcome o = c.outcome();
        if (o == null) {
            return "No outcome recorded";
        }
        List<String> met = new ArrayList<>();
        if (o.stretchMet()) {
            met.add("stretch met");
        }
        if (o.conservativeMet()) {
            met.add("conservative met");
        }
        StringBuilder b = new StringBuilder(o.type().displayName()).append(": ")
                .append(met.isEmpty() ? "no objective met" : String.join(", ", met))
                .append("; stage after: ").append(stages.nameOf(o.stageAfterId()));
        if (o.nextStep() != null) {
            b.append("; next: ").append(o.nextStep().description().isEmpty() ? "step" : o.nextStep().description())
                    .append(" on ").append(o.nextStep().date());
        }
        return b.toString();
    }
}
