package com.salescallplanner.store.export;

/** The event's DESCRIPTION: what the rep needs on the phone, the up-front contract and both objectives. */
final class CalendarDescription {
    private CalendarDescription() {
    }

    static String of(CallSheet s) {
        StringBuilder b = new StringBuilder();
        b.append("Up-front contract:\n");
        if (s.contract().isEmpty()) {
            b.append("(not set)\n");
        }
        s.contract().forEach(l -> b.append("- ").append(l.label()).append(": ").append(l.text().strip()).append('\n'));
        b.append('\n');
        for (CallSheet.ObjectiveLine o : s.objectives()) {
            b.append(o.label()).append(": ").append(o.text());
            if (!o.details().isEmpty()) {
                b.append(" (").append(o.details()).append(')');
            }
            b.append('\n');
        }
        if (!s.attendees().isEmpty()) {
            b.append("\nAttendees: ").append(String.join(", ", s.attendees())).append('\n');
        }
        b.append("Stage: ").append(s.stage());
        return b.toString();
    }
}
