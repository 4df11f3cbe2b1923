package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.check.LearnedPhrasings;

import java.util.Locale;
import java.util.Optional;

/** Turns what the rep corrected in an objective into the learned phrasing saving keeps. */
final class ReadingCorrection {
    private ReadingCorrection() {
    }

    /**
     * @param kind         the kind the rep chose, or null
     * @param owner        the owner the rep typed, or null; kept only when the text names it
     * @param buyerCommits the rep's answer to "is this a buyer commitment?", or null
     */
    static Optional<LearnedPhrasing> of(String text, CommitmentKind kind, String owner, Boolean buyerCommits) {
        String phrasing = LearnedPhrasings.phrasing(text);
        String o = owner == null || owner.isBlank()
                || !text.toLowerCase(Locale.ROOT).contains(owner.strip().toLowerCase(Locale.ROOT)) ? null : owner.strip();
        Boolean commits = kind != null ? null : buyerCommits; // a chosen kind already says whether the buyer commits
        if (phrasing.isEmpty() || kind == null && o == null && commits == null) {
            return Optional.empty();
        }
        return Optional.of(new LearnedPhrasing(phrasing, kind, o, commits));
    }
}
