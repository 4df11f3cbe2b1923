package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;

import java.time.LocalDate;

/**
 * One objective as the checker understood it: the values the rep set win over those read from the text.
 *
 * @param kindInferred true when the kind was read from the text, false when the rep chose it
 * @param owner        the buyer-side owner, or null when there is none
 * @param duePhrase    the words that give the date ("by Friday"), or null when there is none
 * @param dueDate      the day the commitment is due, or null when none is known
 * @param understanding what the reader understood of the text (who acts, the action, flags, doubt), for the rep
 */
public record ObjectiveReading(Level level, String text, CommitmentKind kind, boolean kindInferred, boolean advance,
                               String owner, String duePhrase, LocalDate dueDate, Understanding understanding) {

    public ObjectiveReading(Level level, String text, CommitmentKind kind, boolean kindInferred, boolean advance,
                            String owner, String duePhrase, LocalDate dueDate) {
        this(level, text, kind, kindInferred, advance, owner, duePhrase, dueDate, Understanding.NOTHING);
    }

    /**
     * The reader could not tell who commits or to what, and the rep has not said: the checker asks instead
     * of giving a verdict.
     */
    public boolean unsure() {
        return kindInferred && !understanding.sure();
    }

    public boolean hasOwner() {
        return owner != null;
    }

    /** A date or a dated event bounds the commitment. */
    public boolean hasDue() {
        return duePhrase != null || dueDate != null;
    }

    /** The ISO date when known, else the phrase, else null. */
    public String dueDisplay() {
        return dueDate != null ? dueDate.toString() : duePhrase;
    }
}
