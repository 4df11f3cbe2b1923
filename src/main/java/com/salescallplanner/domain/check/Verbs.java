package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.CommitmentKind.*;
import static com.salescallplanner.domain.check.Verb.Role.*;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.check.Verb.Role;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The verbs the reader knows, by every form ("send", "sends", "sent", "sending"), and their particles. */
final class Verbs {
    /** A word the reader does not know, used as an imperative ("Revise the proposal"): the rep's own action. */
    static final Verb UNKNOWN = new Verb("?", Role.SELLER, null, false, Role.SELLER);
    private static final Map<String, Verb.Found> FORMS = new HashMap<>(800);
    private static final Map<String, Verb> PARTICLES = new HashMap<>(64);
    /** Forms that are almost always nouns or adjectives in objectives ("buying group", "meeting"). */
    private static final Set<String> NOT_FORMS = Set.of("meeting", "meetings", "buying", "purchasing", "planning",
            "setting", "building", "opening", "offering", "training", "outlining", "leading", "saying", "closing",
            "signing", "following", "learning", "understanding", "findings", "finding", "pitching");

    private Verbs() {
    }

    static {
        seller();
        buyer();
        noncommit();
        cause(Role.BUYER, "get", "got", "gotten", "getting");
        cause(Role.BUYER, "have", "has", "had", "having");
        cause(SELLER, "ask");
        cause(SELLER, "persuade");
        cause(SELLER, "convince");
        cause(SELLER, "encourage");
        cause(SELLER, "help");
        particles();
    }

    private static void seller() {
        verb(SELLER, SHARE_INFORMATION, false, "send", "sent");
        verb(SELLER, null, false, "present");
        verb(SELLER, SHARE_INFORMATION, false, "explain");
        verb(SELLER, null, true, "pitch");
        verb(SELLER, SHARE_INFORMATION, false, "show", "shown");
        verb(SELLER, null, true, "demo", "demos", "demoed", "demoing");
        verb(SELLER, null, false, "demonstrate");
        verb(SELLER, INTRODUCE_STAKEHOLDER, false, "introduce");
        verb(SELLER, SHARE_INFORMATION, false, "share");
        verb(SELLER, SHARE_INFORMATION, false, "provide");
        verb(SELLER, SHARE_INFORMATION, false, "forward");
        verb(SELLER, SHARE_INFORMATION, true, "email", "e-mail", "e-mails", "emailed");
        verb(SELLER, NEXT_MEETING, true, "call");
        verb(SELLER, NEXT_MEETING, true, "phone");
        verb(SELLER, NEXT_MEETING, false, "discuss");
        verb(SELLER, NEXT_MEETING, true, "talk");
        verb(SELLER, NEXT_MEETING, true, "chat", "chatted", "chatting");
        verb(SELLER, NEXT_MEETING, false, "speak", "spoke", "spoken");
        verb(SELLER, SHARE_INFORMATION, false, "tell", "told");
        verb(SELLER, SHARE_INFORMATION, true, "walk");
        verb(SELLER, SHARE_INFORMATION, false, "describe");
        verb(SELLER, SHARE_INFORMATION, true, "outline");
        verb(SELLER, INTRODUCE_STAKEHOLDER, true, "invite");
        verb(SELLER, SHARE_INFORMATION, false, "deliver");
        verb(SELLER, null, false, "prepare");
        verb(SELLER, null, false, "write", "wrote", "written", "writing");
        verb(SELLER, null, true, "draft");
        verb(SELLER, SHARE_INFORMATION, false, "give", "gave", "given", "giving");
        verb(SELLER, null, true, "offer");
        verb(SELLER, null, false, "highlight");
        verb(SELLER, null, false, "position");
        verb(SELLER, null, false, "showcase");
        verb(SELLER, null, false, "propose");
        verb(SELLER, null, true, "update");
        verb(SELLER, null, false, "remind");
        verb(SELLER, SHARE_INFORMATION, true, "answer");
        verb(SELLER, SHARE_INFORMATION, true, "reply", "replies", "replied");
        verb(SELLER, SHARE_INFORMATION, false, "respond");
        verb(SELLER, AGREE_TERMS, false, "negotiate");
    }

    private static void buyer() {
        verb(GENERIC, null, false, "agree", "agreed", "agreeing");
        verb(GENERIC, null, false, "commit", "committed", "committing");
        verb(GENERIC, null, false, "confirm");
        verb(GENERIC, null, false, "accept");
        verb(GENERIC, null, false, "approve");
        verb(GENERIC, null, false, "promise");
        verb(GENERIC, null, false, "decide");
        verb(GENERIC, null, false, "align");
        verb(GENERIC, null, false, "define");
        verb(GENERIC, null, false, "build", "built");
        verb(GENERIC, null, true, "plan", "planned");
        verb(GENERIC, null, false, "go", "goes", "went", "gone");
        verb(GENERIC, null, false, "say", "says", "said");
        verb(GENERIC, null, false, "move");
        verb(GENERIC, null, false, "proceed");
        verb(Role.BUYER, EVALUATE, false, "allocate");
        verb(Role.BUYER, EVALUATE, false, "assign");
        verb(Role.BUYER, EVALUATE, false, "dedicate");
        verb(Role.BUYER, NEXT_MEETING, false, "meet", "met");
        verb(Role.BUYER, NEXT_MEETING, false, "join");
        verb(Role.BUYER, NEXT_MEETING, false, "attend");
        verb(Role.BUYER, NEXT_MEETING, false, "come", "came", "coming");
        verb(BOOK, NEXT_MEETING, true, "book");
        verb(BOOK, NEXT_MEETING, true, "schedule");
        verb(BOOK, NEXT_MEETING, false, "arrange");
        verb(BOOK, NEXT_MEETING, false, "organize");
        verb(BOOK, NEXT_MEETING, false, "organise");
        verb(Role.BUYER, null, true, "set", "setting");
        verb(Role.BUYER, null, false, "hold", "held");
        for (String w : new String[] {"secure", "obtain", "gain", "land", "lock", "earn", "receive", "collect",
            "gather", "close", "achieve", "reach", "request", "validate"}) {
            verb(Role.BUYER, null, false, w);
        }
        verb(Role.BUYER, null, false, "win", "won", "winning");
        verb(Role.BUYER, null, false, "take", "took", "taken");
        verb(Role.BUYER, null, true, "review");
        verb(Role.BUYER, EVALUATE, false, "evaluate");
        verb(Role.BUYER, EVALUATE, true, "trial", "trialled", "trialed");
        verb(Role.BUYER, EVALUATE, true, "pilot");
        verb(Role.BUYER, EVALUATE, true, "test");
        verb(Role.BUYER, null, false, "run", "ran", "running");
        verb(Role.BUYER, EVALUATE, true, "visit");
        verb(Role.BUYER, EVALUATE, false, "host");
        verb(Role.BUYER, null, true, "start");
        verb(Role.BUYER, null, false, "begin", "began", "begun", "beginning");
        verb(Role.BUYER, null, false, "initiate");
        verb(Role.BUYER, null, false, "launch");
        verb(Role.BUYER, null, false, "open");
        verb(Role.BUYER, null, false, "kick");
        verb(Role.BUYER, START_PROCUREMENT, false, "select");
        verb(Role.BUYER, START_PROCUREMENT, false, "choose", "chose", "chosen");
        verb(Role.BUYER, START_PROCUREMENT, false, "pick");
        verb(Role.BUYER, START_PROCUREMENT, false, "shortlist");
        verb(Role.BUYER, START_PROCUREMENT, false, "award");
        verb(Role.BUYER, SIGN, true, "sign");
        verb(Role.BUYER, SIGN, false, "countersign");
        verb(Role.BUYER, null, false, "execute");
        verb(Role.BUYER, null, true, "issue");
        verb(Role.BUYER, null, true, "place");
        verb(Role.BUYER, SIGN, true, "purchase");
        verb(Role.BUYER, SIGN, false, "buy", "bought");
        verb(Role.BUYER, null, false, "release");
        verb(Role.BUYER, null, true, "return");
        verb(Role.BUYER, SHARE_INFORMATION, false, "complete");
        verb(Role.BUYER, SHARE_INFORMATION, false, "fill");
        verb(Role.BUYER, SHARE_INFORMATION, false, "grant");
        verb(Role.BUYER, SHARE_INFORMATION, false, "upload");
        verb(Role.BUYER, SHARE_INFORMATION, true, "export");
        verb(Role.BUYER, MUTUAL_PLAN, true, "map", "mapped", "mapping");
        verb(Role.BUYER, INTRODUCE_STAKEHOLDER, false, "bring", "brought");
        verb(Role.BUYER, INTRODUCE_STAKEHOLDER, false, "connect");
        verb(Role.BUYER, INTRODUCE_STAKEHOLDER, false, "involve");
        verb(Role.BUYER, INTRODUCE_STAKEHOLDER, false, "include");
        verb(Role.BUYER, INTRODUCE_STAKEHOLDER, false, "refer", "referred", "referring");
        verb(Role.BUYER, INTRODUCE_STAKEHOLDER, false, "loop");
        verb(Role.BUYER, null, false, "make", "made");
    }

    private static void noncommit() {
        for (String w : new String[] {"learn", "consider", "listen", "read", "look", "watch", "want",
            "like", "love", "need", "hope", "wish", "discover", "uncover", "identify", "qualify", "research",
            "explore", "establish", "nurture", "stay", "maintain", "continue", "touch", "follow", "check",
            "circle", "revisit", "reconnect", "remain", "wait", "ping", "chase", "nudge", "mull", "ponder",
            "reflect", "enjoy", "appreciate", "let", "try", "investigate", "assess", "gauge", "determine",
            "clarify"}) {
            verb(NONCOMMIT, null, false, w);
        }
        verb(NONCOMMIT, null, false, "see", "saw", "seen");
        verb(NONCOMMIT, null, false, "think", "thought");
        verb(NONCOMMIT, null, false, "know", "knew", "known");
        verb(NONCOMMIT, null, false, "understand", "understood");
        verb(NONCOMMIT, null, false, "keep", "kept");
        verb(NONCOMMIT, null, false, "find", "found");
        verb(NONCOMMIT, null, false, "feel", "felt");
        verb(NONCOMMIT, null, false, "hear", "heard");
    }

    private static void cause(Role bare, String base, String... irregular) {
        add(new Verb(base, CAUSE, null, false, bare), base, irregular);
    }

    private static void particles() {
        for (String p : new String[] {"get back", "come back", "circle back", "follow up", "touch base", "check in",
            "reach out", "think over", "think about", "look at", "look into", "look over", "mull over",
            "catch up", "keep posted", "get together later"}) {
            particle(p, NONCOMMIT, null);
        }
        particle("sign off", Role.BUYER, AGREE_TERMS);
        particle("sign up", Role.BUYER, EVALUATE);
        particle("set up", BOOK, NEXT_MEETING);
        particle("loop in", Role.BUYER, INTRODUCE_STAKEHOLDER);
        particle("bring in", Role.BUYER, INTRODUCE_STAKEHOLDER);
        particle("kick off", Role.BUYER, null);
        particle("fill in", Role.BUYER, SHARE_INFORMATION);
        particle("fill out", Role.BUYER, SHARE_INFORMATION);
        particle("hand over", Role.BUYER, SHARE_INFORMATION);
        particle("send over", SELLER, SHARE_INFORMATION);
        particle("walk through", SELLER, SHARE_INFORMATION);
        particle("go through", Role.BUYER, null);
        particle("run through", SELLER, null);
        particle("go over", SELLER, null);
        particle("get together", Role.BUYER, NEXT_MEETING);
        particle("hop on", Role.BUYER, NEXT_MEETING);
        particle("jump on", Role.BUYER, NEXT_MEETING);
        particle("ask for", Role.BUYER, null);
        particle("map out", Role.BUYER, MUTUAL_PLAN);
        particle("find out", NONCOMMIT, null);
    }

    private static void particle(String phrase, Role role, CommitmentKind fallback) {
        PARTICLES.put(phrase, new Verb(phrase, role, fallback, false, role));
    }

    private static void verb(Role role, CommitmentKind fallback, boolean nounLike, String base, String... irregular) {
        add(new Verb(base, role, fallback, nounLike, role), base, irregular);
    }

    /** Registers the regular forms of {@code base} plus irregular ones; an irregular ending in -ing is a gerund. */
    private static void add(Verb v, String base, String... irregular) {
        put(base, v, Verb.Form.BASE);
        boolean consonantY = base.endsWith("y") && base.length() > 2 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
        String stem = consonantY ? base.substring(0, base.length() - 1) : base;
        boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("o");
        put(consonantY ? stem + "ies" : sibilant ? base + "es" : base + "s", v, Verb.Form.THIRD);
        put(consonantY ? stem + "ied" : base.endsWith("e") ? base + "d" : base + "ed", v, Verb.Form.PAST);
        boolean silentE = base.endsWith("e") && !base.endsWith("ee") && base.length() > 2;
        put(silentE ? base.substring(0, base.length() - 1) + "ing" : base + "ing", v, Verb.Form.GERUND);
        for (String form : irregular) {
            if (!FORMS.containsKey(form) || FORMS.get(form).verb() == v) {
                put(form, v, form.endsWith("ing") ? Verb.Form.GERUND
                        : form.endsWith("s") && !form.endsWith("ss") ? Verb.Form.THIRD : Verb.Form.PAST);
            }
        }
    }

    private static void put(String form, Verb v, Verb.Form f) {
        if (!NOT_FORMS.contains(form)) {
            FORMS.putIfAbsent(form, new Verb.Found(v, f));
        }
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
