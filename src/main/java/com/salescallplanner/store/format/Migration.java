package com.salescallplanner.store.format;

import tools.jackson.databind.node.ObjectNode;

/**
 * One step from format {@code from()} to {@code from() + 1}, applied to the JSON tree before it
 * is bound. Steps only ever move forward; a file is upgraded step by step to the current format.
 */
interface Migration {
    int from();

    /** Rewrites the tree in place; {@link InvalidValue} with the path of the old layout when it cannot. */
    void apply(ObjectNode document);
}
