package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.JournalLines.Base;
import com.salescallplanner.store.JournalLines.Contents;
import com.salescallplanner.store.JournalLines.Entry;
import com.salescallplanner.store.JournalLines.Fold;
import com.salescallplanner.store.edits.Bodies;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the journal's edits on the data read from {@code planner.json}, and says what to do with
 * the journal file. Which edits apply depends on the version of {@code planner.json} found: the
 * one the journal names first (all its edits), or one a fold wrote (the edits after the fold's
 * last), or neither (none: the file was replaced by another program, and the edits were made on
 * something else). Reading stops at the first line that fails, and every way of stopping is
 * reported in a sentence for the rep.
 */
final class JournalReplay {
    /** What becomes of the journal file when a writer opens it. */
    enum Disposition {
        /** The file holds exactly the base and the applied edits: append to it. */
        KEEP,
        /** Write it afresh with the applied edits (a cut-off last line or a finished fold is dropped). */
        REWRITE,
        /** Keep it aside for good (it holds edits that were not applied), then write it afresh. */
        SET_ASIDE
    }

    /**
     * @param data        the data with the applied edits
     * @param applied     the edits applied, in order
     * @param lastSeq     the sequence number of the last edit in the file (0 when none)
     * @param notice      what the rep should know, or null
     * @param disposition what a writer does with the file
     * @param asideKind   the word in the set-aside file's name ({@code damaged}, {@code unapplied})
     * @param newer       the journal came from a newer version: nothing applied, nothing may be written
     */
    record Replayed(PlannerData data, List<Entry> applied, long lastSeq, String notice, Disposition disposition,
                    String asideKind, boolean newer) {
    }

    private JournalReplay() {
    }

    /** The data of planner.json as read with the journal's edits on it (none for a file of a newer version). */
    static Replayed of(Inspector.Read read, Contents c, String asideTime) {
        PlannerData data = read.decoded().data();
        if (c == null || read.decoded().fromNewerVersion()) {
            return none(data);
        }
        return replay(data, read.base(), c, asideTime);
    }

    /**
     * Whether the journal names this version of planner.json (as its base, or as a fold's): one this
     * version of the app wrote, or read with every check before it began the journal on it.
     */
    static boolean names(Contents c, Base file) {
        return c != null && c.version() <= JournalLines.VERSION && candidates(file, c) != null;
    }

    /** No journal file: the data as read. */
    static Replayed none(PlannerData data) {
        return new Replayed(data, List.of(), 0, null, Disposition.REWRITE, "", false);
    }

    /**
     * @param asideTime the time in the name the file gets when it is set aside (for the notice);
     *                  null for a reader, which changes nothing on disk
     */
    static Replayed replay(PlannerData read, Base file, Contents c, String asideTime) {
        String name = Journal.FILE_NAME;
        if (c.version() > JournalLines.VERSION) {
            return new Replayed(read, List.of(), 0, name + " was written by a newer version of Sales Call Planner; "
                    + "its edits are not shown.", Disposition.KEEP, "", true);
        }
        long lastSeq = c.edits().isEmpty() ? 0 : c.edits().get(c.edits().size() - 1).seq();
        List<Entry> candidates = candidates(file, c);
        if (candidates == null) {
            if (c.edits().isEmpty() && c.problem() == null) {
                return new Replayed(read, List.of(), lastSeq, null, Disposition.REWRITE, "", false);
            }
            int n = c.edits().size();
            return new Replayed(read, List.of(), lastSeq, name + " holds " + n + (n == 1 ? " edit" : " edits")
                    + " made on another version of " + PlannerStore.FILE_NAME + " (it was replaced since, by another "
                    + "program or by hand), so they are not applied. " + kept("unapplied", asideTime), Disposition.SET_ASIDE,
                    "unapplied", false);
        }
        PlannerData data = read;
        PlannerData whole = read; // after the last save applied whole: a save is applied whole or not at all
        List<Entry> applied = new ArrayList<>();
        int wholeCount = 0;
        for (Entry e : candidates) {
            try {
                data = Bodies.apply(data, e.key(), e.body());
            } catch (Exception ex) { // a record the checks refuse: damage like a bad checksum
                Entry first = applied.size() > wholeCount ? applied.get(wholeCount) : e;
                int left = c.edits().size() - c.edits().indexOf(first);
                return damaged(whole, List.copyOf(applied.subList(0, wholeCount)), lastSeq, first.lineNumber(), "edit "
                        + e.seq() + " of " + e.key() + " cannot be applied: " + ex.getMessage(), left, asideTime);
            }
            applied.add(e);
            if (e.rest() == 0) {
                whole = data;
                wholeCount = applied.size();
            }
        }
        if (c.problem() == null) {
            // A journal of an older format is written afresh in this one before anything is appended to it.
            boolean exact = c.folds().isEmpty() && applied.size() == c.edits().size() && c.version() == JournalLines.VERSION;
            return new Replayed(data, applied, lastSeq, null, exact ? Disposition.KEEP : Disposition.REWRITE, "",
                    false);
        }
        if (c.problem().torn()) {
            return new Replayed(data, applied, lastSeq, "The last line of " + name + " is incomplete: an edit that "
                    + "was being saved when the planner stopped (or is being saved right now). It had not been "
                    + "reported saved and is left out; every edit before it is in.", Disposition.REWRITE, "", false);
        }
        return damaged(data, applied, lastSeq, c.problem().line(), c.problem().what(), c.problem().linesLeft(), asideTime);
    }

    /** The edits to apply on this version of planner.json, or null when the journal is not about it. */
    private static List<Entry> candidates(Base file, Contents c) {
        if (c.base() == null) {
            return null;
        }
        if (c.base().equals(file)) {
            return c.edits();
        }
        for (int i = c.folds().size() - 1; i >= 0; i--) {
            Fold f = c.folds().get(i);
            if (f.base().equals(file)) {
                return c.edits().stream().filter(e -> e.seq() > f.through()).toList();
            }
        }
        return null;
    }

    private static Replayed damaged(PlannerData data, List<Entry> applied, long lastSeq, int line, String what,
                                    int left, String asideTime) {
        int before = applied.size();
        String notice = Journal.FILE_NAME + " is damaged at line " + line + " (" + what + "). " + (before == 1
                ? "The edit before it is applied; " : "The " + before + " edits before it are applied; ")
                + (left <= 1 ? "that line is not. " : "that line and the " + (left - 1) + " after it are not. ")
                + kept("damaged", asideTime) + " Check your latest changes.";
        return new Replayed(data, applied, lastSeq, notice, Disposition.SET_ASIDE, "damaged", false);
    }

    private static String kept(String kind, String asideTime) {
        return asideTime == null ? Journal.FILE_NAME + " is left as it is."
                : "The journal is kept as " + Journal.asideName(kind, asideTime) + ".";
    }
}
