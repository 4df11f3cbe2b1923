package com.salescallplanner.store.format;

import tools.jackson.databind.node.ObjectNode;

/**
 * Format 2 to 3. Format 3 adds the optional {@code learnedPhrasings}: the rep's corrections to the
 * checker's reading. Nothing of format 2 changes, so the step only refuses a file that says 2 but
 * holds the new field: an older planner would have refused it as unknown, and reading it as format 2
 * would hide that the file is mislabelled.
 */
final class V2ToV3 implements Migration {
    @Override
    public int from() {
        return 2;
    }

    @Override
    public void apply(ObjectNode doc) {
        if (doc.has("learnedPhrasings")) {
            throw new InvalidValue(FieldPath.ROOT.field("learnedPhrasings"), "this field only exists from format 3, "
                    + "but the file declares an earlier schemaVersion. Its content does not match its declared version; "
                    + "if it is a format-3 file, correct schemaVersion to 3.");
        }
    }
}
