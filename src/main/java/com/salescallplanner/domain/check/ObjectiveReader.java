package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.check.ClauseReader.Clause;
import com.salescallplanner.domain.check.People.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads a rep's free-text objective: the commitment kind, whether the buyer (not the seller) commits
 * to an action, who on the buyer's side owns it, and the date that bounds it.
 *
 * <p>The reading is keyword- and pattern-based, not a language model: it tokenises once, finds dates,
 * splits the text into clauses, finds each clause's subject and verb, and looks the verb and keywords
 * up in tables. It is fast enough to run on every keystroke. Kinds are ranked with the ladder passed
 * in, so a re-ranked ladder changes which of two named commitments counts.
 */
public final class ObjectiveReader {
    private final CommitmentLadder ladder;

    public ObjectiveReader(CommitmentLadder ladder) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
    }

    /** Reads {@code text}; relative dates ("next Tuesday") resolve against {@code today}. */
    public Reading read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Reading.EMPTY;
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        String[] lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            lemmas[i] = tokens.get(i).lemma();
        }
        boolean[] covered = new boolean[n];
        DateMention due = DateReader.read(text, tokens, lemmas, today, covered);
        ClauseReader reader = new ClauseReader(tokens, lemmas, covered, ladder);
        CommitmentKind kind = CommitmentKind.NONE;
        boolean advance = false;
        Person owner = null;
        Clause previous = null;
        for (int[] range : reader.clauses().split()) {
            Clause c = reader.read(range[0], range[1], previous);
            previous = c;
            if (c.buyerAction()) {
                advance = true;
                if (ladder.rank(c.kind()) > ladder.rank(kind)) {
                    kind = c.kind();
                }
                if (owner == null) {
                    owner = c.owner();
                }
            }
        }
        if (advance && owner == null) {
            owner = reader.people().firstBuyer(0, n);
        }
        return new Reading(kind, advance, owner == null ? null : reader.people().owner(text, owner), due);
    }
}
