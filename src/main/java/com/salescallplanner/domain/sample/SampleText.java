package com.salescallplanner.domain.sample;

import com.salescallplanner.domain.CommitmentKind;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Word lists and realistic phrasings for sample data: companies, people, objectives, agendas. */
final class SampleText {
    static final List<String> COMPANY_STEMS = List.of("Northwind", "Acme", "Bluefield", "Cedar", "Harbor",
            "Ironbridge", "Juniper", "Keystone", "Lakeside", "Meridian", "Oakridge", "Pinecrest", "Quarry",
            "Redwood", "Silverline", "Summit", "Tidewater", "Vantage", "Westbrook", "Yellowstone", "Brightwater",
            "Copperfield", "Evergreen", "Granite", "Highland", "Mapleton", "Riverside", "Stonegate");
    static final List<String> COMPANY_KINDS = List.of("Logistics", "Foods", "Manufacturing", "Health",
            "Retail Group", "Energy", "Insurance", "Analytics", "Freight", "Pharma", "Hotels", "Construction",
            "Telecom", "Bank", "Packaging", "Components");
    static final List<String> LEGAL = List.of("Inc.", "Ltd", "GmbH", "LLC", "AG", "B.V.", "plc", "S.A.");
    static final List<String> PROJECTS = List.of("Fleet telematics rollout", "Warehouse scanning pilot",
            "Finance automation", "Customer portal", "Field service scheduling", "Spend analytics",
            "Contract management", "Shop-floor data capture", "Payroll migration", "Cold-chain monitoring",
            "Procurement suite", "Energy monitoring", "Claims automation", "Route optimisation");
    static final List<String> FIRST = List.of("Dana", "Jörg", "Priya", "Marcus", "Elena", "Tom", "Aiko", "Sofia",
            "Kwame", "Lena", "Rafael", "Grace", "Omar", "Hannah", "Chen", "Ines", "Viktor", "Maya", "Liam", "Zoe");
    static final List<String> LAST = List.of("Kim", "Müller", "Patel", "Johnson", "Rossi", "Nguyen", "Tanaka",
            "García", "Mensah", "Schmidt", "Silva", "O'Brien", "Haddad", "Novak", "Wang", "Fernández", "Berg",
            "Cohen", "Walsh", "Dubois");
    /** Roles in the buying group, the first ones most common. */
    static final List<String> ROLES = List.of("CFO, economic buyer", "VP of Operations", "IT lead",
            "Operations manager, champion", "Head of Procurement", "CEO", "Controller", "Security officer",
            "Project lead, champion", "Head of Logistics");

    private static final Map<CommitmentKind, List<String>> OBJECTIVES = new EnumMap<>(CommitmentKind.class);

    static {
        OBJECTIVES.put(CommitmentKind.NEXT_MEETING, List.of(
                "%s agrees to a 30-minute discovery call on %s",
                "%s books a follow-up meeting with us for %s"));
        OBJECTIVES.put(CommitmentKind.SHARE_INFORMATION, List.of(
                "%s sends us the current process documentation by %s",
                "%s shares last year's volume figures by %s"));
        OBJECTIVES.put(CommitmentKind.INTRODUCE_STAKEHOLDER, List.of(
                "%s introduces us to the VP of Operations by %s",
                "%s invites the head of IT to our next call on %s"));
        OBJECTIVES.put(CommitmentKind.AGREE_CRITERIA, List.of(
                "%s agrees the decision criteria with us by %s",
                "%s attends a tailored demo with the buying group on %s"));
        OBJECTIVES.put(CommitmentKind.EVALUATE, List.of(
                "%s commits the integration team to a two-week pilot starting %s",
                "%s joins a reference call with one of our customers on %s"));
        OBJECTIVES.put(CommitmentKind.MUTUAL_PLAN, List.of(
                "%s brings the economic buyer to a meeting by %s",
                "%s agrees a mutual action plan with dates by %s"));
        OBJECTIVES.put(CommitmentKind.PROPOSAL_REVIEW, List.of(
                "%s reviews our proposal with us and confirms the budget on %s",
                "%s confirms the budget range by %s"));
        OBJECTIVES.put(CommitmentKind.START_PROCUREMENT, List.of(
                "%s starts the vendor onboarding by %s",
                "%s has their security team start our security review by %s"));
        OBJECTIVES.put(CommitmentKind.AGREE_TERMS, List.of(
                "%s agrees the final contract terms by %s",
                "%s sets the signature date, no later than %s"));
        OBJECTIVES.put(CommitmentKind.SIGN, List.of(
                "%s signs the agreement by %s",
                "%s issues the purchase order by %s"));
    }

    static final List<List<String>> QUESTIONS = List.of(
            List.of("How do you handle this today?", "Who else is affected by the problem?",
                    "What happens if nothing changes this year?"),
            List.of("What would a good result look like in numbers?", "Who decides, and how?",
                    "Which other options are you looking at?"),
            List.of("Which criteria must the pilot meet?", "Who from IT needs to be involved?",
                    "What would stop this project?"),
            List.of("Is the budget approved for this quarter?", "Who signs off on the proposal?",
                    "What does your procurement process need from us?"),
            List.of("Which terms are still open?", "When does legal need the final draft?",
                    "What could delay the signature?"));
    static final List<String> PURPOSES = List.of("Understand how dispatch works today",
            "Agree what a successful evaluation looks like", "Plan the pilot with the technical team",
            "Walk through the proposal with the economic buyer", "Close the open contract points");
    static final List<String> CALL_NOTES = List.of("Good energy; they see the pain clearly.",
            "Budget holder was absent; rescheduling.", "Technical concerns about the integration.",
            "Competitor is in the room as well.", "Champion is pushing internally.", "");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    private SampleText() {
    }

    static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** Picks from the front of the list more often (roles, common phrasings). */
    static <T> T pickSkewed(Random rnd, List<T> list) {
        double x = rnd.nextDouble();
        return list.get((int) (x * x * list.size()));
    }

    static String objective(Random rnd, CommitmentKind kind, String who, LocalDate due) {
        return String.format(pick(rnd, OBJECTIVES.get(kind)), who, DAY.format(due));
    }

    static String company(Random rnd) {
        return pick(rnd, COMPANY_STEMS) + " " + pick(rnd, COMPANY_KINDS) + " " + pick(rnd, LEGAL);
    }

    static String person(Random rnd) {
        return pick(rnd, FIRST) + " " + pick(rnd, LAST);
    }
}
