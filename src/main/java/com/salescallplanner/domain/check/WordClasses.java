package com.salescallplanner.domain.check;

import java.util.List;
import java.util.Set;

/** Word lists for reading objectives: function words, people on either side, and lemmas. */
final class WordClasses {
    /** Dropped before keyword matching: "confirms the budget" matches "confirm budget". */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "his", "her", "this",
            "that", "these", "those", "your", "my", "some", "any", "all", "both", "each", "every");

    /** Skipped when looking for a clause's verb. */
    static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "to", "is", "are", "am", "be", "been", "being", "was", "were", "do", "does", "did", "going",
            "gonna", "also", "then", "please", "formally", "officially", "personally", "finally", "first",
            "ideally", "hopefully", "jointly", "together", "definitely", "actually", "really", "just", "probably",
            "quickly", "willing", "able", "cold", "warm");

    /** Words that end one clause and start the next. */
    static final Set<String> CLAUSE_BREAKS = Set.of("and", "then", "but", "so", "while", "whereas", "afterwards",
            ";", ".", "!", "?", "&", ":");

    static final Set<String> PREPOSITIONS = Set.of("with", "on", "at", "for", "to", "from", "by", "in", "about",
            "of", "after", "before", "during", "until", "into", "over", "via");

    /** The seller's side: never the owner of a buyer commitment. */
    static final Set<String> SELLER_PRONOUNS = Set.of("we", "us", "i", "me", "myself", "ourselves", "we'll",
            "i'll", "we're", "i'm", "let's");

    /** Buyer-side people that a rep calls "our", e.g. "our champion". */
    static final Set<String> OUR_BUYER_HEADS = Set.of("champion", "contact", "sponsor", "coach", "buyer",
            "prospect", "client", "customer", "ally", "insider", "friend");

    /** Words that name the seller's own people: "our SE", "the account team". */
    static final Set<String> SELLER_ROLES = Set.of("se", "ae", "rep", "presales", "csm", "sdr", "bdr");

    static final Set<String> BUYER_PRONOUNS = Set.of("they", "them", "he", "she", "him", "they'll", "she'll",
            "he'll");

    /** The head word of a buyer-side role: "the CFO", "their IT lead", "procurement", "the buying group". */
    static final Set<String> ROLE_HEADS = Set.of(
            "cfo", "ceo", "cio", "cto", "coo", "ciso", "cmo", "cro", "cpo", "cso", "cdo", "vp", "svp", "evp", "avp",
            "gm", "md", "director", "head", "manager", "lead", "leader", "owner", "holder", "officer", "champion",
            "sponsor", "buyer", "decision-maker", "stakeholder", "stakeholders", "team", "group", "committee",
            "board", "procurement", "purchasing", "legal", "finance", "counsel", "controller", "architect",
            "architects", "engineer", "engineers", "analyst", "analysts", "administrator", "admin", "president",
            "founder", "partner", "chair", "chairman", "chairwoman", "coordinator", "specialist", "executive",
            "executives", "leadership", "management", "department", "dept", "prospect", "client", "customer",
            "contact", "user", "users", "gatekeeper", "assistant", "treasurer", "accountant", "coach",
            "budget-holder", "it", "hr", "ops", "operations", "infosec", "security", "sales", "marketing",
            "engineering", "maker", "makers", "committee's", "cfo's", "ceo's", "cio's", "cto's", "coo's", "board's",
            "buyers", "principal", "superintendent", "dean", "manager's", "team's", "steerco", "supervisor",
            "dispatcher", "planner", "operator", "technician", "scientist", "chemist", "pharmacist", "physician",
            "clinician", "doctor", "nurse", "surgeon", "underwriter", "adjuster", "actuary", "broker", "auditor",
            "inspector", "foreman", "registrar", "provost", "trustee", "governor", "commissioner", "secretary",
            "clerk", "attorney", "lawyer", "paralegal", "consultant", "advisor", "adviser", "researcher",
            "developer", "designer", "steward", "superuser", "eb", "gc", "dpo", "cco", "chro", "cao", "cno", "cmio",
            "staff", "crew", "workforce", "personnel", "employee", "colleague", "council", "panel", "cabinet",
            "exec", "execs", "cxo", "vps", "directors", "managers", "leads", "officers", "heads", "members",
            "member", "owners", "representative", "liaison", "expert", "experts", "economist", "lab", "laboratory",
            "division", "desk", "receptionist", "boss", "purchaser");

    /** Departments: people when they act ("Procurement issues the PO"), things in "security review". */
    static final Set<String> DEPARTMENTS = Set.of("security", "legal", "finance", "procurement", "purchasing", "it",
            "operations", "ops", "sales", "marketing", "engineering", "hr", "infosec", "management", "leadership",
            "board", "customer", "client", "user", "users", "contact");

    /** Words before a role head that belong to the role: "economic buyer", "project lead", "head of finance". */
    static final Set<String> ROLE_MODIFIERS = Set.of("economic", "budget", "project", "program", "programme", "technical",
            "integration", "it", "operations", "ops", "finance", "financial", "security", "legal", "procurement",
            "purchasing", "engineering", "sales", "marketing", "hr", "product", "data", "platform", "infrastructure",
            "senior", "junior", "chief", "deputy", "assistant", "regional", "global", "evaluation", "buying", "steering",
            "executive", "business", "general", "decision", "it's", "internal", "exec", "innovation", "digital",
            "customer", "supply", "chain", "logistics", "facilities", "plant", "site", "store", "branch",
            "research", "development", "r&d", "compliance", "risk", "audit", "office", "practice", "clinical",
            "medical", "nursing", "account", "accounts", "payable", "vp", "head", "test", "qa", "support",
            "service", "services", "contracts", "commercial", "strategic", "strategy", "transformation");

    /** Adjectives and quantifiers before a role that are not part of it: "the whole buying group" is the buying group. */
    static final Set<String> NOT_MODIFIERS = Set.of("whole", "entire", "new", "other", "same", "right", "relevant",
            "key", "main", "actual", "current", "former", "respective", "appropriate", "wider", "broader", "full",
            "extended", "more", "most", "many", "several", "few", "one", "two", "three", "four", "five", "own",
            "such", "only", "also", "still", "even", "just", "too", "very", "else", "another", "whoever", "who",
            "which", "what", "whose", "that", "there", "here", "yet", "already", "each", "every", "either");

    /** Last words of company names: "Kestrel Bank", "Ferro Castings", "Acme Inc" are organisations, not people. */
    static final Set<String> COMPANY_ENDINGS = Set.of("bank", "insurance", "pharma", "logistics", "foods", "food",
            "software", "group", "inc", "ltd", "llc", "gmbh", "corp", "co", "plc", "ag", "sa", "holdings", "partners",
            "systems", "solutions", "technologies", "tech", "industries", "manufacturing", "castings", "college",
            "university", "hospital", "health", "healthcare", "energy", "capital", "motors", "airlines", "freight",
            "labs", "media", "retail", "mining", "chemicals", "steel", "telecom", "finance", "financial", "trust",
            "council", "farm", "farms", "foundation", "institute", "clinic", "school", "shipping", "transport");

    /** Words that negate the clause they stand in. */
    static final Set<String> NEGATIONS = Set.of("not", "never", "no", "won't", "wont", "can't", "cant", "cannot",
            "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "wasn't",
            "wasnt", "weren't", "werent", "haven't", "havent", "hasn't", "hasnt", "hadn't", "hadnt", "wouldn't",
            "wouldnt", "shouldn't", "shouldnt", "couldn't", "couldnt", "mustn't", "shan't", "neither", "nor",
            "nobody", "nothing", "none", "n't");

    /** Capitalised words that are not names even at the start of a sentence. */
    static final Set<String> NOT_NAMES = Set.of("stretch", "conservative", "goal", "objective", "target", "aim",
            "minimum", "best", "case", "ideally", "hopefully", "next", "last", "first", "then", "also", "if",
            "when", "once", "before", "after", "by", "on", "at", "in", "for", "to", "from", "with", "of", "and",
            "or", "but", "so", "no", "not", "yes", "both", "each", "either", "neither", "at least", "least",
            "i", "mr", "mrs", "ms", "dr", "prof", "hi", "ok", "okay", "please", "realistically", "worst",
            "outcome", "result", "plan", "note", "notes", "todo", "tbd", "asap", "eod", "eow", "eom", "eoq",
            "eoy", "cob", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "api", "crm", "erp", "sso", "roi", "poc",
            "rfp", "rfi", "po", "nda", "msa", "sow", "dpa", "kpi", "kpis", "saas", "pilot", "demo", "signed",
            "intro", "meeting", "call", "verbal", "contract", "agreement", "proposal", "budget", "access", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another", "cold", "warm");

    private WordClasses() {
    }

    /** Every word of these lists, for the spelling corrector. */
    static java.util.List<String> vocabulary() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Set<String> s : List.of(DETERMINERS, AUXILIARIES, CLAUSE_BREAKS, PREPOSITIONS, SELLER_PRONOUNS,
                OUR_BUYER_HEADS, SELLER_ROLES, BUYER_PRONOUNS, ROLE_HEADS, DEPARTMENTS, ROLE_MODIFIERS, NOT_NAMES)) {
            out.addAll(s);
        }
        return out;
    }

    /** The dictionary form keyword tables use: verb forms to their base, plurals to singular, "acme's" to "acme". */
    static String lemma(String lower) {
        if (isDuration(lower)) {
            return "<duration>";
        }
        if (isMoney(lower)) {
            return "<money>";
        }
        Verb.Found v = Verbs.find(lower);
        if (v != null) {
            return v.verb().base();
        }
        String w = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The base form of an unknown verb: "cleans" to "clean", "audited" to "audit", "copies" to "copy". */
    static String deinflect(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies") || n > 4 && w.endsWith("ied")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, n - 1);
        }
        if (n > 4 && w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            return stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    ? stem.substring(0, stem.length() - 1) : stem;
        }
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        return w;
    }

    private static final Set<String> CURRENCIES = Set.of("eur", "euro", "euros", "usd", "gbp", "dollars", "pounds",
            "chf", "sek", "nok", "dkk", "aud", "cad", "inr", "jpy");

    /** "140k", "2.5m", "50K", "EUR", "dollars": an amount of money, which is a price or a budget. */
    private static boolean isMoney(String lower) {
        if (CURRENCIES.contains(lower)) {
            return true;
        }
        int n = lower.length();
        if (n < 2 || !Character.isDigit(lower.charAt(0))) {
            return false;
        }
        int k = 0;
        while (k < n && (Character.isDigit(lower.charAt(k)) || lower.charAt(k) == '.' || lower.charAt(k) == ',')) {
            k++;
        }
        String unit = lower.substring(k);
        return unit.equals("k") || unit.equals("m") || unit.equals("bn") || unit.equals("mn") || unit.equals("eur")
                || unit.equals("usd") || unit.equals("gbp");
    }

    /** "30-minute", "45min", "1-hour": the length of a meeting. */
    private static boolean isDuration(String lower) {
        if (lower.isEmpty() || !Character.isDigit(lower.charAt(0))) {
            return false;
        }
        int k = 0;
        while (k < lower.length() && Character.isDigit(lower.charAt(k))) {
            k++;
        }
        String unit = lower.substring(k).replace("-", "");
        return unit.equals("min") || unit.equals("mins") || unit.equals("minute") || unit.equals("minutes")
                || unit.equals("hour") || unit.equals("hours") || unit.equals("hr") || unit.equals("hrs");
    }

    static boolean isSellerPronoun(Token t) {
        return SELLER_PRONOUNS.contains(t.lower()) || t.text().equals("I");
    }

    /** A role head; "IT" only in capitals, so that the pronoun "it" is not a role. */
    static boolean isRoleHead(Token t) {
        if (t.lower().equals("it")) {
            return t.text().equals("IT");
        }
        if (t.lower().equals("customers") || t.lower().equals("clients")) {
            return false;
        }
        return ROLE_HEADS.contains(t.lower()) || ROLE_HEADS.contains(t.lemma());
    }

    static boolean isRoleModifier(Token t) {
        if (t.lower().equals("it")) {
            return t.text().equals("IT");
        }
        return ROLE_MODIFIERS.contains(t.lower());
    }

    /** A person's name or a company: title case and not a word the reader knows. */
    static boolean isName(Token t) {
        if (!t.titleCase()) {
            return false;
        }
        String l = t.lower();
        return !NOT_NAMES.contains(l) && !DETERMINERS.contains(l) && !AUXILIARIES.contains(l)
                && !PREPOSITIONS.contains(l) && !CLAUSE_BREAKS.contains(l) && Verbs.find(l) == null
                && !ROLE_HEADS.contains(l) && !ROLE_MODIFIERS.contains(l) && !DateWords.isDateWord(l)
                && !SELLER_PRONOUNS.contains(l) && !BUYER_PRONOUNS.contains(l) && !KindCues.isCueWord(t.lemma());
    }
}
