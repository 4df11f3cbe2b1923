package com.salescallplanner.domain.check;

import java.util.HashMap;
import java.util.Map;

/**
 * The shorthand reps type, read as the word it stands for: "mgr" is "manager", "nxt wk" is "next week",
 * "weds" is "wednesday", "cttee" is "committee". The owner and date phrases still show what was typed;
 * only the reading uses the full word. Common misspellings of the reader's own words are handled by
 * {@link Spelling}, not here.
 */
final class Shorthand {
    private static final Map<String, String> WORDS = new HashMap<>(128);

    private Shorthand() {
    }

    static {
        // people and roles
        put("manager", "mgr", "mngr", "manger");
        put("management", "mgmt");
        put("purchasing", "purch");
        put("procurement", "procure", "procmt");
        put("director", "dir");
        put("department", "dept");
        put("committee", "cttee", "cmte", "cmtee", "ctte", "committe");
        put("engineer", "engr");
        put("executive", "exec");
        put("account", "acct");
        put("government", "govt");
        put("president", "pres");
        put("assistant", "asst");
        put("coordinator", "coord");
        put("senior", "sr", "snr");
        put("junior", "jr", "jnr");
        // time
        put("next", "nxt", "nex");
        put("week", "wk");
        put("weeks", "wks");
        put("month", "mth", "mnth");
        put("months", "mths", "mnths");
        put("year", "yr");
        put("years", "yrs");
        put("quarter", "qtr");
        put("tomorrow", "tmrw", "tmw", "tmrow", "2moro", "2morrow", "tomoz");
        put("today", "tdy");
        put("wednesday", "weds", "wednes");
        put("before", "b4");
        // things and verbs
        put("meeting", "mtg", "mtng");
        put("conversation", "convo");
        put("requirement", "req");
        put("requirements", "reqs");
        put("evaluation", "eval");
        put("evaluations", "evals");
        put("information", "info");
        put("forecast", "fcst");
        put("volume", "vol");
        put("volumes", "vols");
        put("schedule", "sched");
        put("through", "thru");
        put("with", "w/");
        put("please", "pls", "plz");
        put("about", "abt");
        put("regarding", "re");
        put("approximately", "approx");
    }

    private static void put(String word, String... shorthands) {
        for (String s : shorthands) {
            WORDS.put(s, word);
        }
    }

    /** The words shorthand stands for. */
    static java.util.Collection<String> words() {
        return WORDS.values();
    }

    /** Shorthand typed with a dot ("Sr.", "mgr.", "dept."): the dot belongs to the word, not to the sentence. */
    static boolean abbreviation(String typed) {
        return DOTTED.contains(typed.toLowerCase(java.util.Locale.ROOT));
    }

    /** Shorthand for parts of a role, which reps often type with a dot. */
    private static final java.util.Set<String> DOTTED = java.util.Set.of("sr", "snr", "jr", "jnr", "mgr", "mngr", "dir",
            "dept", "asst", "exec", "coord", "pres", "engr", "acct", "govt", "mgmt");

    /** The full word for a lower-cased token, or the token itself. */
    static String expand(String lower) {
        return WORDS.getOrDefault(lower, lower);
    }
}
