package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.CommitmentKind.*;
import static com.salescallplanner.domain.check.Verb.Role.*;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.check.Verb.Role;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The verbs the reader knows, by every form ("send", "sends", "sent", "sending"), grouped into actions:
 * a synonym reads as the same action ("email", "forward" and "send" are all "send"). Regular forms are
 * generated ({@link Inflections}), irregular ones come from a table of English irregular verbs, and
 * "re" before a known verb is that verb again ("reconfirm", "resend").
 */
final class Verbs {
    /** A word the reader does not know, used as an imperative ("Revise the proposal"): the rep's own action. */
    static final Verb UNKNOWN = new Verb("?", Role.SELLER, null, false, Role.SELLER);
    private static final Map<String, Verb.Found> FORMS = new HashMap<>(1600);
    private static final Map<String, Verb> PARTICLES = new HashMap<>(96);
    /** Forms that are almost always nouns or adjectives in objectives ("buying group", "meeting"). */
    private static final Set<String> NOT_FORMS = Set.of("meeting", "meetings", "buying", "purchasing", "planning",
            "setting", "building", "opening", "offering", "training", "outlining", "leading", "saying", "closing",
            "signing", "following", "learning", "understanding", "findings", "finding", "pitching", "pricing",
            "contracting", "onboarding", "testing", "funding", "timing", "processing", "reporting", "forecasting",
            "scheduling", "routing", "sourcing", "shipping", "billing", "licensing", "marketing", "engineering",
            "manufacturing", "housing", "staffing", "costing", "handling", "tooling", "ordering", "spending",
            "feeling", "thinking", "accounts", "supplies", "lines", "costs");

    /** Verbs that make another word with "re" in front: "resign", "represent". */
    private static final Set<String> NO_RE = Set.of("sign", "present", "call", "main", "port", "lease", "solve",
            "serve", "view", "search", "mark", "store", "source", "spond");

    private Verbs() {
    }

    static {
        seller();
        buyer();
        noncommit();
        cause(Role.BUYER, "get");
        cause(Role.BUYER, "have");
        cause(SELLER, "ask");
        cause(SELLER, "persuade");
        cause(SELLER, "convince");
        cause(SELLER, "encourage");
        cause(SELLER, "help");
        cause(SELLER, "remind");
        cause(HEDGE, "push");
        cause(NONCOMMIT, "nudge");
        cause(NONCOMMIT, "chase");
        particles();
    }

    private static void seller() {
        action(SELLER, SHARE_INFORMATION, "send", "send", "forward", "ship", "resend", "courier", "!email", "!e-mail",
                "!mail", "!fax", "!hand", "pass");
        action(SELLER, SHARE_INFORMATION, "share", "share", "circulate", "distribute");
        action(SELLER, SHARE_INFORMATION, "provide", "provide", "supply", "furnish", "deliver", "give");
        action(SELLER, null, "present", "present", "!pitch", "showcase", "demonstrate", "!demo", "highlight",
                "position", "!offer", "propose", "!point");
        action(SELLER, SHARE_INFORMATION, "explain", "explain", "show", "describe", "!outline", "!recap",
                "summarise", "summarize", "!walk", "tell", "!brief", "!answer", "!reply", "respond");
        action(SELLER, INTRODUCE_STAKEHOLDER, "introduce", "introduce");
        action(SELLER, INTRODUCE_STAKEHOLDER, "invite", "!invite");
        action(SELLER, NEXT_MEETING, "call", "!call", "!phone", "!ring", "dial");
        action(SELLER, NEXT_MEETING, "discuss", "discuss", "!talk", "!chat", "speak");
        action(SELLER, null, "prepare", "prepare", "!prep", "!draft", "write", "create", "compile", "produce",
                "revise", "rework", "redo", "!edit", "amend", "!tweak", "refine", "polish", "finalise", "finalize",
                "!fix", "!patch", "correct", "resolve", "configure", "install", "customise", "customize", "!tailor",
                "!update", "translate", "!package", "research", "leave", "thank", "congratulate", "greet",
                "apologise", "apologize");
        action(SELLER, AGREE_TERMS, "negotiate", "negotiate");
        // actions either side can do; as the rep's imperative they are the rep's own work
        action(SELLER, SHARE_INFORMATION, "complete", "complete", "!fill", "!upload", "!export", "!return",
                "submit", "grant");
        action(SELLER, EVALUATE, "use", "!use", "!operate", "!deploy");
        action(SELLER, null, "add", "add", "append", "attach");
    }

    private static void buyer() {
        action(GENERIC, null, "agree", "agree", "!okay", "!ok", "endorse", "authorise", "authorize", "sanction",
                "ratify", "greenlight", "green-light", "settle");
        action(GENERIC, null, "commit", "commit", "promise", "pledge");
        action(GENERIC, null, "confirm", "confirm", "verify", "reaffirm");
        action(GENERIC, null, "accept", "accept");
        action(GENERIC, null, "approve", "approve");
        action(GENERIC, null, "decide", "decide");
        action(GENERIC, null, "align", "align");
        action(GENERIC, null, "define", "define");
        action(GENERIC, null, "build", "build");
        action(GENERIC, null, "plan", "!plan");
        action(GENERIC, null, "go", "go", "proceed");
        action(GENERIC, null, "move", "move");
        action(Role.BUYER, EVALUATE, "allocate", "allocate", "assign", "dedicate");
        action(Role.BUYER, NEXT_MEETING, "meet", "meet", "join", "attend", "come");
        action(BOOK, NEXT_MEETING, "book", "!book", "!schedule", "reschedule", "arrange", "organize", "organise",
                "diarise", "diarize");
        action(Role.BUYER, null, "set", "!set");
        action(Role.BUYER, null, "hold", "hold");
        action(Role.BUYER, null, "secure", "secure", "obtain", "gain", "land", "lock", "earn", "receive",
                "collect", "gather", "close", "achieve", "reach", "!request", "validate", "win", "nail", "clinch");
        action(Role.BUYER, null, "take", "take");
        action(Role.BUYER, null, "review", "!review");
        action(Role.BUYER, EVALUATE, "evaluate", "evaluate", "!trial", "!pilot", "!test", "!visit", "host",
                "!tour", "!shadow", "observe", "benchmark");
        action(Role.BUYER, null, "run", "run");
        action(Role.BUYER, null, "start", "!start", "begin", "initiate", "launch", "open", "!kick", "trigger");
        action(Role.BUYER, START_PROCUREMENT, "select", "select", "choose", "pick", "!shortlist", "!award");
        action(Role.BUYER, SIGN, "sign", "!sign", "countersign", "!purchase", "buy", "!order", "renew", "!ink", "e-sign",
                "docusign");
        action(Role.BUYER, null, "execute", "execute");
        action(Role.BUYER, null, "issue", "!issue", "!place", "raise", "release");
        action(Role.BUYER, null, "switch", "!switch", "migrate", "transfer", "consolidate", "standardise",
                "standardize", "convert", "!shift");
        action(Role.BUYER, MUTUAL_PLAN, "map", "!map");
        action(Role.BUYER, INTRODUCE_STAKEHOLDER, "bring", "bring", "connect", "involve", "include", "refer",
                "!loop", "nominate");
        action(SELLER, INTRODUCE_STAKEHOLDER, "cc", "cc", "bcc");
        action(Role.BUYER, null, "make", "make");
        action(Role.BUYER, null, "let", "let", "allow", "permit", "enable");
        action(Role.BUYER, null, "sit", "sit");
        action(Role.BUYER, AGREE_CRITERIA, "score", "!score", "!grade");
        action(Role.BUYER, AGREE_CRITERIA, "prioritise", "prioritise", "prioritize", "rank", "!weight", "reprioritise",
                "reprioritize");
    }

    private static void noncommit() {
        action(NONCOMMIT, null, "learn", "learn", "consider", "listen", "read", "!look", "!watch", "want", "like",
                "love", "need", "hope", "wish", "discover", "uncover", "identify", "qualify", "explore",
                "establish", "nurture", "stay", "maintain", "continue", "!touch", "follow", "check", "circle",
                "revisit", "reconnect", "remain", "wait", "!ping", "mull", "ponder", "reflect", "enjoy",
                "appreciate", "investigate", "assess", "gauge", "determine", "clarify", "see", "know",
                "understand", "keep", "find", "hear", "wonder", "worry", "doubt", "prefer", "care", "wrap");
        action(REPORT, null, "think", "think", "feel", "believe", "reckon");
        action(REPORT, null, "say", "say", "mention", "seem", "sound", "indicate",
                "hint", "!claim", "complain", "admit", "suggest", "imply", "expect");
        action(REFUSE, null, "decline", "decline", "!slip", "refuse", "reject", "postpone", "!cancel", "!delay", "defer",
                "!pause", "stall", "!drop", "!veto", "!block", "shelve", "!scrap", "deprioritise", "deprioritize",
                "withdraw", "!freeze", "!halt", "!stop", "suspend", "abandon");
        add(new Verb("be", "be", REPORT, null, false, REPORT), "be");
        action(HEDGE, null, "try", "try", "attempt", "!aim", "strive", "seek", "!shoot");
    }

    private static void cause(Role bare, String base) {
        add(new Verb(base, base, CAUSE, null, false, bare), base);
    }

    private static void particles() {
        for (String p : new String[] {"get back", "come back", "circle back", "follow up", "touch base", "check in",
            "reach out", "think over", "think about", "look at", "look into", "look over", "mull over",
            "catch up", "keep posted", "get together later", "hold firm", "find out", "wrap up", "check on"}) {
            particle(p, NONCOMMIT, null);
        }
        for (String p : new String[] {"push back", "turn down", "back out", "pull out", "put off", "hold off",
            "walk away", "pull back", "call off"}) {
            particle(p, REFUSE, null);
        }
        particle("go for", HEDGE, null);
        particle("look to", HEDGE, null);
        particle("sign off", GENERIC, AGREE_TERMS);
        particle("sign up", Role.BUYER, EVALUATE);
        particle("set up", BOOK, NEXT_MEETING);
        particle("pencil in", BOOK, NEXT_MEETING);
        particle("loop in", Role.BUYER, INTRODUCE_STAKEHOLDER);
        particle("bring in", Role.BUYER, INTRODUCE_STAKEHOLDER);
        particle("kick off", Role.BUYER, null);
        particle("lock in", Role.BUYER, null);
        particle("nail down", Role.BUYER, null);
        particle("pin down", Role.BUYER, null);
        particle("fill in", Role.BUYER, SHARE_INFORMATION);
        particle("fill out", Role.BUYER, SHARE_INFORMATION);
        particle("hand over", Role.BUYER, SHARE_INFORMATION);
        particle("send over", SELLER, SHARE_INFORMATION);
        particle("send back", Role.BUYER, SHARE_INFORMATION);
        particle("walk through", SELLER, SHARE_INFORMATION);
        particle("talk through", SELLER, SHARE_INFORMATION);
        particle("go through", Role.BUYER, null);
        particle("run through", SELLER, null);
        particle("go over", SELLER, null);
        particle("get together", Role.BUYER, NEXT_MEETING);
        particle("hop on", Role.BUYER, NEXT_MEETING);
        particle("jump on", Role.BUYER, NEXT_MEETING);
        particle("sit in", Role.BUYER, EVALUATE);
        particle("try out", Role.BUYER, EVALUATE);
        particle("ask for", Role.BUYER, null);
        particle("map out", Role.BUYER, MUTUAL_PLAN);
        particle("point to", Role.BUYER, INTRODUCE_STAKEHOLDER);
    }

    private static void particle(String phrase, Role role, CommitmentKind fallback) {
        String base = phrase.substring(0, phrase.indexOf(' '));
        PARTICLES.put(phrase, new Verb(phrase, phrase, role, fallback, false, role));
    }

    /**
     * Registers the words of one action; a leading "!" marks a word that is also a common noun ("email",
     * "call").
     */
    private static void action(Role role, CommitmentKind fallback, String action, String... words) {
        for (String w : words) {
            boolean nounLike = w.startsWith("!");
            String base = nounLike ? w.substring(1) : w;
            add(new Verb(base, action, role, fallback, nounLike, role), base);
        }
    }

    /** Registers every form of {@code base}: regular ones, irregular ones from the table, and "re" + base. */
    private static void add(Verb v, String base) {
        put(base, v, Verb.Form.BASE);
        for (String form : Inflections.regular(base)) {
            put(form, v, Inflections.form(base, form));
        }
        for (String form : Inflections.irregular(base)) {
            put(form, v, form.endsWith("ing") ? Verb.Form.GERUND : Verb.Form.PAST);
        }
        if (!base.startsWith("re") && base.length() > 3 && !NO_RE.contains(base)) {
            for (String re : new String[] {"re", "re-"}) {
                put(re + base, v, Verb.Form.BASE);
                for (String form : Inflections.regular(base)) {
                    put(re + form, v, Inflections.form(base, form));
                }
            }
        }
    }

    private static void put(String form, Verb v, Verb.Form f) {
        if (!NOT_FORMS.contains(form)) {
            FORMS.putIfAbsent(form, new Verb.Found(v, f));
        }
    }

    /** Every verb form the reader knows. */
    static Set<String> forms() {
        return FORMS.keySet();
    }

    /** The verb of which {@code lower} is a form, or null. */
    static Verb.Found find(String lower) {
        return FORMS.get(lower);
    }

    /** The verb of which {@code lower} is a form, or {@link #UNKNOWN}. */
    static Verb orUnknown(String lower) {
        Verb.Found f = FORMS.get(lower);
        return f == null ? UNKNOWN : f.verb();
    }

    /** A verb with its particle, e.g. "follow" + "up", or null when they make no phrasal verb. */
    static Verb particle(String base, String next) {
        return PARTICLES.get(base + " " + next);
    }
}
