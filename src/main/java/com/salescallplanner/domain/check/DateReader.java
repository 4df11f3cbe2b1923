package com.salescallplanner.domain.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the date or dated event that bounds a commitment: "next Tuesday", "by the 15th", "3/1", "Q3",
 * "in two weeks", "before the board meeting on the 12th", "at the steering committee". Works on tokens
 * in one pass; the first phrase that resolves to a day wins, else the first event.
 */
final class DateReader {
    /** Tokens [from, to) of a date phrase and its day; null for an event whose day the text does not say. */
    record Hit(int from, int to, LocalDate date) {
    }

    private final List<Token> t;
    private final String[] lemmas;
    private final LocalDate today;

    private DateReader(List<Token> tokens, String[] lemmas, LocalDate today) {
        this.t = tokens;
        this.lemmas = lemmas;
        this.today = today;
    }

    /** The commitment's date in {@code text}, or null; marks the tokens of every date found in {@code covered}. */
    static DateMention read(String text, List<Token> tokens, String[] lemmas, LocalDate today, boolean[] covered) {
        return new DateReader(tokens, lemmas, today).read(text, covered);
    }

    private DateMention read(String text, boolean[] covered) {
        List<Hit> hits = null;
        for (int i = 0; i < t.size(); ) {
            Hit h = event(i);
            if (h == null) {
                h = DayMatchers.at(t, i, today);
            }
            if (h == null) {
                i++;
                continue;
            }
            h = withLeads(h);
            if (hits == null) {
                hits = new ArrayList<>(2);
            }
            int last = hits.size() - 1;
            if (last >= 0 && hits.get(last).date() == null && h.date() != null && h.from() == hits.get(last).to()) {
                hits.set(last, new Hit(hits.get(last).from(), h.to(), h.date()));
            } else {
                hits.add(h);
            }
            i = h.to();
        }
        if (hits == null) {
            return null;
        }
        Hit chosen = null;
        for (Hit h : hits) {
            for (int k = h.from(); k < h.to(); k++) {
                covered[k] = true;
            }
            if (coversPeriod(h)) {
                continue;
            }
            if (chosen == null || chosen.date() == null && h.date() != null || isTime(chosen) && !isTime(h)) {
                chosen = h;
            }
        }
        if (chosen == null) {
            return null;
        }
        return new DateMention(text.substring(t.get(chosen.from()).start(), t.get(chosen.to() - 1).end()),
                chosen.date());
    }

    /** A time of day only ("by 4pm"): any day named elsewhere wins over it. */
    private boolean isTime(Hit h) {
        return Holidays.isTime(t.get(h.to() - 1));
    }

    /** "figures for Q2", "forecast for 2027": the period some information covers, not a deadline. */
    private boolean coversPeriod(Hit h) {
        if (!t.get(h.from()).lower().equals("for") || h.to() - h.from() < 2) {
            return false;
        }
        String w = t.get(h.from() + 1).lower();
        return w.length() == 2 && (w.charAt(0) == 'q' || w.charAt(0) == 'h') && Character.isDigit(w.charAt(1))
                || DateWords.year(t.get(h.from() + 1)) > 0;
    }

    /** "before the board meeting", "at our next call", "ahead of the QBR": an event the day belongs to. */
    private Hit event(int i) {
        String lead = t.get(i).lower();
        if (!DateWords.EVENT_LEADS.contains(lead) || lead.equals("by") && afterParticiple(i)) {
            return null;
        }
        int j = i + 1;
        if (lead.equals("ahead") && j < t.size() && t.get(j).lower().equals("of")) {
            j++;
        }
        int determiners = 0;
        while (j < t.size() && determiners < 2 && DateWords.EVENT_DETERMINERS.contains(t.get(j).lower())) {
            j++;
            determiners++;
        }
        if (determiners == 0) {
            return null;
        }
        boolean temporal = DateWords.TEMPORAL_LEADS.contains(lead);
        LocalDate inside = null;
        for (int k = j; k < Math.min(j + 4, t.size()); k++) {
            PhraseTable.Match<Boolean> m = DateWords.EVENTS.match(lemmas, k);
            if (m == null && temporal) {
                m = DateWords.TEMPORAL_EVENTS.match(lemmas, k);
            }
            if (m != null && !t.get(k + m.length() - 1).lower().endsWith("'s")) {
                return new Hit(i, k + m.length(), inside);
            }
            String w = t.get(k).lower();
            if (t.get(k).isPunct() || WordClasses.PREPOSITIONS.contains(w) || DateWords.EVENT_LEADS.contains(w)
                    || WordClasses.CLAUSE_BREAKS.contains(w)) {
                return null;
            }
            Hit d = DayMatchers.at(t, k, today);
            if (d != null && d.date() != null) {
                inside = d.date();
                k = d.to() - 1;
            }
        }
        return null;
    }

    /** "reviewed by the steering committee": a passive's agent, not a deadline. */
    private boolean afterParticiple(int i) {
        if (i == 0) {
            return false;
        }
        Verb.Found f = Verbs.find(t.get(i - 1).lower());
        return f != null && f.form() == Verb.Form.PAST;
    }

    /** Takes in the words that lead a date: "by", "on", "before", "no later than". */
    private Hit withLeads(Hit h) {
        int from = h.from();
        while (from > 0 && (DateWords.LEADS.contains(t.get(from - 1).lower())
                || from > 1 && t.get(from - 1).lower().equals("the") && DateWords.LEADS.contains(t.get(from - 2).lower()))) {
            from--;
        }
        if (from >= 2 && t.get(from - 1).lower().equals("of") && t.get(from - 2).lower().equals("end")) {
            from -= 2;
            while (from > 0 && (t.get(from - 1).lower().equals("the") || DateWords.LEADS.contains(t.get(from - 1).lower()))) {
                from--;
            }
        }
        return from == h.from() ? h : new Hit(from, h.to(), h.date());
    }
}
