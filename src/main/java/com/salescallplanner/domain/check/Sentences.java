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

    /** Tokenises {@code text} and asks {@code tagger} about it when it holds a word the reader does not know. */
    static Sentence of(String text, WordTagger tagger) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        PartOfSpeech[] tags = null;
        if (tagger != WordTagger.NONE && hasUnknownWord(tokens)) {
            String[] words = new String[n];
            for (int i = 0; i < n; i++) {
                words[i] = tokens.get(i).text();
            }
            tags = tagger.tag(words);
        }
        if (tags == null || tags.length != n) {
            tags = WordTagger.NONE.tag(new String[n]);
        }
        return new Sentence(text, tokens, tags);
    }

    private static boolean hasUnknownWord(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && !Spelling.known(t.lower()) && !Spelling.known(t.lemma())) {
                return true;
            }
        }
        return false;
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
            String w = x.name(i) ? "<name>" : verb != null ? verb.verb().base() : Words.deinflect(tok.lemma());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }
}
