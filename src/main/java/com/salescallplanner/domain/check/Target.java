package com.salescallplanner.domain.check;

import com.salescallplanner.domain.Level;

import java.util.Locale;

/** What a finding is about: one of the two objectives, or the plan (or prospect) as a whole. */
public enum Target {
    STRETCH, CONSERVATIVE, PLAN;

    public static Target of(Level level) {
        return level == Level.STRETCH ? STRETCH : CONSERVATIVE;
    }

    /** "stretch", "conservative" or "plan", as in the command line's JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
