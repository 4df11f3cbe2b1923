package com.salescallplanner.store.team;

import com.salescallplanner.domain.PlannerData;

import java.util.List;

/**
 * What {@link TeamSync#open} found: the rep's data, who they are on the team, and whether it came
 * from this machine's copy because the server could not be reached; {@code notice} is what the
 * window tells the rep about it ("" when nothing).
 */
public record TeamOpening(PlannerData data, String role, String team, boolean manager, boolean offline,
        String notice) {

    /** Read from the server; {@code unreadable} names the records left there untouched. */
    static TeamOpening online(PlannerData data, TeamReader.Member me, List<String> unreadable) {
        String notice = unreadable.isEmpty() ? "" : "Some records on the server could not be read and are "
                + "left there untouched: " + String.join("; ", unreadable) + ".";
        return new TeamOpening(data, me.role(), me.team(), me.manager(), false, notice);
    }

    /** This machine's copy, opened while the server is away. */
    static TeamOpening offline(PlannerData data, TeamUrl url) {
        return new TeamOpening(data, url.user(), "", false, true, "Working offline: the team database " + url
                + " cannot be reached. Your edits wait on this machine and go when it is back.");
    }
}
