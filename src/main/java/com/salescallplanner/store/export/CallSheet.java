package com.salescallplanner.store.export;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.UpfrontContract;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What a printed call sheet says, in reading order, independent of the medium: Markdown, PDF
 * and the window's print preview all render this. It starts with what the rep says first (the
 * up-front contract) and what the rep closes for (both objectives).
 *
 * @param title       "Call with Acme, Inc.: Fleet renewal 2026"
 * @param when        "Tue 17 Mar 2026, 10:00-10:45 (Europe/Berlin)"
 * @param stage       the stage at planning, by name
 * @param contract    the up-front contract's five parts, label and text, blank parts left out
 * @param objectives  the stretch then the conservative objective
 * @param attendees   the call's attendees, with the contact's role where the prospect has one
 * @param stageHistory "Discovery since 2026-01-20", oldest first
 * @param earlierCalls the prospect's calls before this one, oldest first
 */
public record CallSheet(String title, String when, String stage, List<Line> contract, List<ObjectiveLine> objectives,
                        List<String> attendees, List<String> questions, List<String> stageHistory,
                        List<EarlierCall> earlierCalls) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** A labelled piece of text. */
    public record Line(String label, String text) {
        public Line {
            text = ExportText.printable(text);
        }
    }

    /** @param details "Owner: Dana Kim (CFO) · Due: 2026-03-31", or "" */
    public record ObjectiveLine(String label, String text, String details) {
        public ObjectiveLine {
            text = ExportText.printable(text);
            details = ExportText.oneLine(details);
        }
    }

    /** @param outcome "Advance: stretch met", or "No outcome recorded" */
    public record EarlierCall(String date, String stage, String outcome, String notes) {
        public EarlierCall {
            stage = ExportText.oneLine(stage);
            outcome = ExportText.oneLine(outcome);
            notes = ExportText.printable(notes);
        }
    }

    /** Every text as the exports can write it ({@link ExportText}): names on one line, no control characters. */
    public CallSheet {
        title = ExportText.oneLine(title);
        when = ExportText.oneLine(when);
        stage = ExportText.oneLine(stage);
        contract = List.copyOf(contract);
        objectives = List.copyOf(objectives);
        attendees = attendees.stream().map(ExportText::oneLine).toList();
        questions = questions.stream().map(ExportText::printable).toList();
        stageHistory = stageHistory.stream().map(ExportText::oneLine).toList();
        earlierCalls = List.copyOf(earlierCalls);
    }

    /** The sheet of one call; a {@link DomainException} naming the id when there is no such call. */
    public static CallSheet of(PlannerData data, CallId id) {
        CallPlan call = data.call(id).orElseThrow(() -> new DomainException("There is no call with id " + id + "."));
        Prospect p = data.prospect(call.prospectId()).orElseThrow();
        StageModel stages = data.stages();
        String title = "Call with " + p.company() + (p.dealName().isEmpty() ? "" : ": " + p.dealName());
        String when = DAY.format(call.start()) + "-" + TIME.format(call.end()) + " (" + call.start().getZone().getId() + ")";
        List<String> history = p.stageHistory().stream()
                .map(h -> stages.nameOf(h.stageId()) + " since " + h.date()).toList();
        List<EarlierCall> earlier = data.callsOf(p.id()).stream()
                .filter(c -> !c.id().equals(id) && c.start().isBefore(call.start()))
                .map(c -> earlierCall(c, stages)).toList();
        return new CallSheet(title, when, stages.nameOf(call.stageIdAtPlanning()), contract(call.contract()),
                List.of(objective(call.stretch()), objective(call.conservative())),
                CallSheetParts.attendees(call, p), call.questions(), history, earlier);
    }

    private static List<Line> contract(UpfrontContract c) {
        return java.util.stream.Stream.of(new Line("Purpose", c.purpose()), new Line("Their agenda", c.theirAgenda()),
                new Line("Our agenda", c.ourAgenda()), new Line("Time", c.time()),
                new Line("Expected outcome", c.expectedOutcome())).filter(l -> !l.text().isBlank()).toList();
    }

    private static ObjectiveLine objective(Objective o) {
        List<String> details = new java.util.ArrayList<>();
        if (!o.owner().isEmpty()) {
            details.add("Owner: " + o.owner());
        }
        if (o.due() != null) {
            details.add("Due: " + o.due());
        }
        return new ObjectiveLine(o.level().displayName() + " objective", o.isBlank() ? "(not set)" : o.text().strip(),
                String.join(" · ", details));
    }

    private static EarlierCall earlierCall(CallPlan c, StageModel stages) {
        return new EarlierCall(c.date().toString(), stages.nameOf(c.stageIdAtPlanning()),
                CallSheetParts.outcome(c, stages), c.isReviewed() ? c.outcome().notes().strip() : "");
    }
}
