package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.CommitmentKind.*;

import com.salescallplanner.domain.CommitmentKind;

import java.util.HashSet;
import java.util.Set;

/**
 * Keywords that tell which rung of the ladder a buyer's action is on. Kinds are a fixed enum, so the
 * cues live here; ranks and earliest stages are the user's data and are read from the ladder.
 * A NONE entry is a blocker: it consumes words so that, e.g., "in order to" is not an order.
 */
final class KindCues {
    static final PhraseTable<CommitmentKind> TABLE = new PhraseTable<>(true);
    private static final Set<String> CUE_WORDS = new HashSet<>();

    private KindCues() {
    }

    static {
        cue(NEXT_MEETING, "meeting", "meet", "call", "phone call", "video call", "conversation", "appointment",
                "catch-up", "follow-up", "follow-up meeting", "follow-up call", "discovery call", "intro call",
                "introductory call", "coffee", "lunch", "dinner", "zoom", "teams call", "time with", "slot",
                "calendar invite", "accept ~ invite", "intro meeting", "introductory meeting", "intro session",
                "<n> minute", "<n> min", "<n> mins", "<n> hr", "<n> hrs", "<n> hour", "half an hour", "half-hour", "invite accepted", "next meeting", "next call", "session",
                "<duration>", "get together", "discovery workshop", "discovery session", "intro chat", "teams meeting", "diary", "calendar",
                "<duration> intro", "follow-up intro", "intro slot", "whiteboard session", "working session");
        cue(SHARE_INFORMATION, "data", "figure", "number", "requirement", "requirements document", "documentation",
                "document", "docs", "doc", "detail", "spreadsheet", "volume", "metric", "access", "credential",
                "login", "org chart", "organisation chart", "organization chart", "spec", "specification", "rfp",
                "rfi", "process documentation", "usage", "sample", "log", "logs", "architecture", "diagram",
                "information", "info", "kpi", "kpis", "report", "export", "share ~ budget", "send ~ budget",
                "budget range", "budget figure", "current process", "baseline", "invoice", "nda", "non-disclosure",
                "sign ~ nda", "mutual nda", "questionnaire", "decision timeline", "timeline", "org structure",
                "list", "contact detail", "feedback", "answer", "must-have", "forecast", "history", "vendor list", "data set", "dataset",
                "supplier list", "script", "template", "checklist", "file", "extract", "sheet", "playbook", "dump",
                "guide", "manual", "rule", "policy", "record");
        cue(INTRODUCE_STAKEHOLDER, "introduce", "introduction", "intro", "invite", "bring", "bring in", "loop in",
                "connect", "put ~ in touch", "put ~ ~ in touch", "involve", "include", "refer", "referral",
                "warm intro", "cc");
        cue(AGREE_CRITERIA, "criteria", "criterion", "success criteria", "decision criteria", "evaluation criteria",
                "selection criteria", "demo", "demonstration", "tailored demo", "custom demo", "product demo",
                "buying group", "use case", "scorecard", "business case", "decision process", "success metric",
                "agree ~ must-have", "agree ~ requirement", "define ~ success", "agree ~ kpi", "success definition", "sign off ~ requirement", "test scenario", "criteria for ~",
                "criteria for ~ ~", "scoring matrix", "evaluation matrix", "selection matrix", "decision matrix",
                "scoring model", "weighting", "rubric", "shortlist criteria", "prioritise ~ must-have",
                "prioritise ~ ~ must-have", "prioritise ~ requirement", "prioritise ~ ~ requirement",
                "prioritise ~ need", "prioritise ~ feature", "prioritise ~ use case", "prioritise ~ kpi");
        for (String c : new String[] {"success", "decision", "evaluation", "selection"}) {
            cue(AGREE_CRITERIA, c + " criteria for ~", c + " criteria for ~ ~");
        }
        cue(EVALUATE, "pilot", "proof of concept", "poc", "proof-of-concept", "trial", "free trial", "evaluation",
                "evaluate", "technical evaluation", "technical workshop", "integration workshop", "workshop",
                "architecture workshop", "site visit", "visit", "reference call", "reference", "reference customer",
                "customer reference", "test", "testing", "hands-on", "benchmark", "technical deep dive", "deep dive",
                "technical review", "commit ~ resource", "assign ~ engineer", "assign ~ ~ engineer", "sandbox",
                "sign up", "pilot result", "proof of value", "pov", "site tour", "plant tour", "ride-along",
                "user acceptance", "uat");
        cue(MUTUAL_PLAN, "economic buyer", "mutual action plan", "mutual plan", "action plan", "joint plan",
                "success plan", "close plan", "closing plan", "project plan", "implementation plan", "rollout plan",
                "map", "map out", "timeline with date", "dated plan", "budget holder", "budget owner", "executive sponsor",
                "exec sponsor", "plan with date", "evaluation plan", "joint ~ plan", "plan with milestone", "milestone",
                "plan for ~", "plan for ~ ~", "timeline with milestone", "eb", "approve ~ rollout plan", "checkpoint",
                "weekly checkpoint", "decision date", "cadence", "governance", "weekly sync", "go-live plan",
                "steering cadence", "shared timeline", "joint timeline", "go-live timeline", "implementation timeline",
                "rollout timeline", "project timeline", "mutual timeline");
        cue(PROPOSAL_REVIEW, "proposal", "quote", "quotation", "pricing", "price", "commercial proposal", "budget",
                "confirm ~ budget", "budget approval", "approve ~ budget", "review ~ business case",
                "business case review", "roi model", "sign off ~ budget", "sign-off ~ budget", "approve ~ spend",
                "approve ~ investment", "sign off ~ spend", "fund", "funding", "budget allocated", "allocate ~ budget",
                "rate card", "rate", "day rate", "offer", "commercial offer", "tariff", "fee", "<money>", "price point", "per-seat price");
        cue(START_PROCUREMENT, "procurement", "procurement process", "purchasing process", "security review",
                "security questionnaire", "security assessment", "security check", "infosec review",
                "legal review", "vendor onboarding", "vendor registration", "vendor setup", "vendor form",
                "supplier onboarding", "supplier registration", "new vendor", "dpa", "data processing agreement",
                "select ~ vendor", "select us", "choose us", "pick us", "preferred vendor", "vendor of choice",
                "verbal", "verbal commitment", "verbal yes", "verbally", "shortlist",
                "decide ~ vendor", "decide on ~ vendor", "vendor decision", "paperwork", "loi", "letter of intent",
                "contract review", "master services agreement", "msa", "review ~ contract", "review ~ msa", "sow",
                "statement of work", "review ~ sow",
                "to legal", "legal step", "legal process", "risk assessment", "vendor risk assessment", "vendor assessment", "due diligence",
                "vendor due diligence", "compliance review", "supplier form", "new supplier", "contracting", "onboarding",
                "vendor risk", "risk questionnaire", "privacy review", "privacy assessment", "dpia",
                "vendor questionnaire", "supplier questionnaire", "procurement questionnaire", "preferred supplier",
                "supplier of choice", "select ~ supplier", "add us to ~ supplier", "add us to ~ ~ supplier",
                "add us to ~ vendor", "add us to ~ ~ vendor", "supplier onboarding", "supplier registration",
                "supplier setup", "supplier set-up", "vendor set-up", "as ~ supplier", "as ~ vendor", "as ~ ~ supplier",
                "as ~ ~ vendor", "new supplier setup",
                "go/no-go", "go-no-go", "go/no-go decision", "final decision", "buying decision", "purchase decision",
                "decision on ~ offer", "decision on ~ proposal", "yes/no decision", "preferred bidder",
                "preferred partner", "preferred provider", "as ~ bidder", "bidder");
        cue(AGREE_TERMS, "term", "final term", "contract term", "commercial term", "payment term", "t&c", "t&cs",
                "terms and conditions", "signature date", "signing date", "sign date", "close date", "final price",
                "final pricing", "agree ~ price", "agree ~ pricing", "agree to ~ pricing", "discount", "negotiate",
                "negotiation", "redline", "sign off", "sign-off", "final contract", "payment schedule",
                "start date", "legal sign-off", "clause", "liability", "indemnity", "sla", "service level",
                "warranty", "contract language", "marked-up", "mark-up", "markup", "marked up", "contract comment",
                "comment on ~ contract", "go-live date", "liability cap", "final rate", "final rate card", "signing",
                "signing date", "off list", "final offer", "last offer", "best and final", "counteroffer",
                "counter-offer");
        cue(SIGN, "sign", "signature", "countersign", "e-sign", "docusign", "purchase order", "po", "p.o",
                "issue ~ order", "place ~ order", "order", "order form", "purchase", "buy", "execute ~ contract",
                "execute ~ agreement", "closed won", "sign ~ contract", "sign ~ agreement", "sign ~ order form",
                "approve ~ rollout", "approve ~ ~ rollout", "approve rollout", "commit to ~ rollout",
                "commit to ~ ~ rollout", "close ~ deal", "close ~ ~ deal", "approve ~ deployment",
                "approve ~ ~ deployment", "agree ~ rollout", "agree ~ ~ rollout", "agree ~ deployment",
                "agree ~ ~ deployment", "agree to ~ rollout", "agree to ~ ~ rollout", "approve ~ go-live");
        cue(NONE, "in order to", "order to", "purchasing manager", "purchasing team", "test environment",
                "reference to", "call it", "direct report", "term sheet review", "last quarter", "last year", "last month");
    }

    private static void cue(CommitmentKind kind, String... phrases) {
        TABLE.add(kind, phrases);
        for (String p : phrases) {
            for (String w : p.split(" ")) {
                CUE_WORDS.add(WordClasses.lemma(w));
            }
        }
    }

    static Set<String> cueWords() {
        return CUE_WORDS;
    }

    /** A word used by some cue: such words are never taken for names. */
    static boolean isCueWord(String lemma) {
        return CUE_WORDS.contains(lemma);
    }
}
