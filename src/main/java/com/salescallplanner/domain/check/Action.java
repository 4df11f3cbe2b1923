package com.salescallplanner.domain.check;

/**
 * The action a clause commits to, after particles, chains and causatives are followed: in "get the CFO to
 * sign off the budget" the action is "sign off", done by the CFO.
 *
 * @param verb    the verb of the action
 * @param index   the token the action's verb is at
 * @param actor   who does it
 * @param subject the person who does it, or null
 * @param hedged  the rep only aims for it ("try to get ...", "push for ...")
 * @param caused  someone was made to do it ("get", "ask", "have")
 */
record Action(Verb verb, int index, ClauseReader.Actor actor, People.Person subject, boolean hedged, boolean caused) {
}
