package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LearnedPhrasing;

/** One correction the rep made to the checker's reading, as stored (format 3). */
record JsonLearnedPhrasing(String phrasing, String kind, String owner, Boolean buyerCommits) {
    LearnedPhrasing toDomain(FieldPath at) {
        FieldValues.text(at.field("phrasing"), phrasing, "The phrasing", LearnedPhrasing.MAX_PHRASING);
        FieldValues.name(at.field("phrasing"), phrasing, "The phrasing");
        CommitmentKind k = FieldValues.optionalEnum(at.field("kind"), kind, CommitmentKind.class);
        FieldValues.text(at.field("owner"), owner, "The owner of a learned phrasing", FieldRules.MAX_NAME);
        return FieldValues.domain(at, () -> new LearnedPhrasing(phrasing, k, owner, buyerCommits));
    }
}
