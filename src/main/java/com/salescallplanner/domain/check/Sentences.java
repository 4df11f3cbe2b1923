package com.salescallplanner.domain.check;

import com.salescallplanner.domain.check.People.Person;

import java.util.List;
import java.util.Locale;

/** Building a {@link Sentence} from text, and the words taken back out of it (an owner, a phrasing). */
final class Sentences {
    /** Left out of a phrasing; possessives stay, since "our sensors" and "their sensors" are different things. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    private Sentences() {
    }

    /** Words on each side of an unknown word that the tagger sees: its features look two words either way. */
    private static final int WINDOW = 3;

    /**
     * Tokenises {@code text} and asks {@code tagger} about the words the reader does not know where a verb
     * could stand, each with the words around it (a window, not the whole text: the reader uses only those
     * words' tags, and tagging costs per word).
     */
    static Sentence of(String text, WordTagger tagger) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        PartOfSpeech[] tags = WordTagger.NONE.tag(new String[n]);
        if (tagger != WordTagger.NONE) {
            for (int i = 0; i < n; i++) {
                if (!unknown(tokens.get(i)) || i > 0 && nounFollows(tokens.get(i - 1))) {
                    continue;
                }
                int from = Math.max(0, i - WINDOW);
                int to = Math.min(n, i + WINDOW + 1);
                while (to < n && to - i <= WINDOW * 2 && unknown(tokens.get(to - 1))) {
                    to++;
                }
                tag(tagger, tokens, from, to, tags);
                i = to - 1;
            }
        }
        return new Sentence(text, tokens, tags);
    }

    private static void tag(WordTagger tagger, List<Token> tokens, int from, int to, PartOfSpeech[] into) {
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
            words[k - from] = tokens.get(k).text();
        }
        PartOfSpeech[] tags = tagger.tag(words);
        if (tags != null && tags.length == words.length) {
            for (int k = from; k < to; k++) {
                if (unknown(tokens.get(k))) {
                    into[k] = tags[k - from];
                }
            }
        }
    }

    /** After "the", "our", "with", "3", a word is a noun whatever the tagger says; "to" may start a verb. */
    private static boolean nounFollows(Token previous) {
        String l = previous.lower();
        return WordClasses.DETERMINERS.contains(l) || WordClasses.PREPOSITIONS.contains(l) && !l.equals("to")
                || previous.type() == Token.Type.NUMBER;
    }

    /** A lower-case word that is in none of the reader's lists: the only words whose tag the reader uses. */
    private static boolean unknown(Token t) {
        return t.isWord() && !t.titleCase() && !t.allCaps() && t.lower().indexOf('\'') < 0 && !Spelling.known(t.lower())
                && !Spelling.known(t.lemma()) && !Spelling.known(WordClasses.deinflect(t.lower()));
    }

    /** The owner as the rep wrote it: "CFO", "VP of Operations", "Dana Kim"; "them" reads "they". */
    static String owner(Sentence x, Person p) {
        String s = x.text.substring(x.t.get(p.from()).start(), x.t.get(p.to() - 1).end());
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "them" -> "they";
            case "him" -> "he";
            default -> s;
        };
    }

    /**
     * The phrasing of a sentence, the same for texts a rep would call the same: the words' dictionary
     * forms without dates, numbers, articles ("the", "a") and punctuation, and names as "&lt;name&gt;". "Dana runs
     * the kit at her plant by Friday" and "Marco ran the kit at her plant next week" share one phrasing.
     */
    static String phrasing(Sentence x) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.size(); i++) {
            Token tok = x.tok(i);
            if (x.covered[i] || !tok.isWord() || ARTICLES.contains(tok.lower())) {
                continue;
            }
            Verb.Found verb = Verbs.find(tok.lower());
            String w = x.name(i) ? "<name>" : verb != null ? verb.verb().base() : WordClasses.deinflect(tok.lemma());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }
}
