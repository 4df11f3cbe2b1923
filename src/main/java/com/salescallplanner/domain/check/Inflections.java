package com.salescallplanner.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English verb inflection: the regular forms of a base ("plan": "plans", "planned", "planning") and the
 * irregular ones ("bring": "brought"). Used to register every form of the verbs the reader knows.
 */
final class Inflections {
    /** Past forms (and odd gerunds) of the irregular verbs objectives use. */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("send", new String[] {"sent"}), Map.entry("be", new String[] {"is", "are", "was", "were", "am", "been", "being"}), Map.entry("give", new String[] {"gave", "given"}),
            Map.entry("take", new String[] {"took", "taken"}), Map.entry("bring", new String[] {"brought"}),
            Map.entry("buy", new String[] {"bought"}), Map.entry("choose", new String[] {"chose", "chosen"}),
            Map.entry("come", new String[] {"came"}), Map.entry("go", new String[] {"went", "gone", "goes"}),
            Map.entry("hold", new String[] {"held"}), Map.entry("meet", new String[] {"met"}),
            Map.entry("run", new String[] {"ran"}), Map.entry("get", new String[] {"got", "gotten"}),
            Map.entry("have", new String[] {"has", "had"}), Map.entry("make", new String[] {"made"}),
            Map.entry("say", new String[] {"said"}), Map.entry("see", new String[] {"saw", "seen"}),
            Map.entry("think", new String[] {"thought"}), Map.entry("know", new String[] {"knew", "known"}),
            Map.entry("find", new String[] {"found"}), Map.entry("feel", new String[] {"felt"}),
            Map.entry("hear", new String[] {"heard"}), Map.entry("keep", new String[] {"kept"}),
            Map.entry("leave", new String[] {"left"}), Map.entry("tell", new String[] {"told"}),
            Map.entry("write", new String[] {"wrote", "written"}), Map.entry("speak", new String[] {"spoke", "spoken"}),
            Map.entry("show", new String[] {"shown"}), Map.entry("begin", new String[] {"began", "begun"}),
            Map.entry("win", new String[] {"won"}), Map.entry("understand", new String[] {"understood"}),
            Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}), Map.entry("build", new String[] {"built"}),
            Map.entry("freeze", new String[] {"froze", "frozen"}), Map.entry("seek", new String[] {"sought"}),
            Map.entry("lock", new String[] {}), Map.entry("undertake", new String[] {"undertook", "undertaken"}),
            Map.entry("deal", new String[] {"dealt"}), Map.entry("read", new String[] {}),
            Map.entry("set", new String[] {}), Map.entry("let", new String[] {}), Map.entry("put", new String[] {}),
            Map.entry("shut", new String[] {}), Map.entry("cut", new String[] {}), Map.entry("sit", new String[] {"sat"}),
            Map.entry("lead", new String[] {"led"}), Map.entry("pay", new String[] {"paid"}),
            Map.entry("sell", new String[] {"sold"}), Map.entry("teach", new String[] {"taught"}),
            Map.entry("catch", new String[] {"caught"}), Map.entry("drive", new String[] {"drove", "driven"}),
            Map.entry("break", new String[] {"broke", "broken"}), Map.entry("draw", new String[] {"drew", "drawn"}),
            Map.entry("spend", new String[] {"spent"}), Map.entry("lend", new String[] {"lent"}));

    private Inflections() {
    }

    static String[] irregular(String base) {
        return IRREGULAR.getOrDefault(base, new String[0]);
    }

    /** Third person, past and gerund of a regular verb, with a doubled final consonant where English doubles it. */
    static List<String> regular(String base) {
        List<String> out = new ArrayList<>(6);
        int n = base.length();
        char last = base.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 2 && !vowel(base.charAt(n - 2));
        String stem = consonantY ? base.substring(0, n - 1) : base;
        boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("z") || base.endsWith("o");
        out.add(consonantY ? stem + "ies" : sibilant ? base + "es" : base + "s");
        boolean irregularPast = IRREGULAR.containsKey(base);
        if (!irregularPast) {
            out.add(consonantY ? stem + "ied" : last == 'e' ? base + "d" : base + "ed");
        }
        boolean silentE = last == 'e' && !base.endsWith("ee") && n > 2;
        out.add(silentE ? base.substring(0, n - 1) + "ing" : base + "ing");
        if (doubles(base)) {
            String d = base + last;
            if (!irregularPast) {
                out.add(d + "ed");
            }
            out.add(d + "ing");
        }
        return out;
    }

    /** Which form {@code form} is of {@code base}. */
    static Verb.Form form(String base, String form) {
        if (form.endsWith("ing") && !base.endsWith("ing")) {
            return Verb.Form.GERUND;
        }
        if (form.endsWith("ed") || form.endsWith("ied")) {
            return Verb.Form.PAST;
        }
        return Verb.Form.THIRD;
    }

    /** Consonant-vowel-consonant at the end of a short or end-stressed verb: "plan", "ship", "commit", "refer". */
    private static boolean doubles(String base) {
        int n = base.length();
        if (n < 3) {
            return false;
        }
        char c = base.charAt(n - 1);
        if (vowel(c) || c == 'w' || c == 'x' || c == 'y' || !vowel(base.charAt(n - 2)) || vowel(base.charAt(n - 3))) {
            return false;
        }
        int vowelGroups = 0;
        for (int i = 0; i < n; i++) {
            if (vowel(base.charAt(i)) && (i == 0 || !vowel(base.charAt(i - 1)))) {
                vowelGroups++;
            }
        }
        return vowelGroups == 1 || base.endsWith("mit") || base.endsWith("fer") || base.endsWith("pel")
                || base.endsWith("trol") || base.endsWith("gin");
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
