package org.sourcewise.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins sentences the splitter broke after an abbreviation ("... said U.S. | Under Secretary ..."): a
 * sentence cannot end in "U.S." or "Mr." when the next one goes on in the same paragraph. Each part keeps
 * its own dependency tree; word indexes are renumbered.
 */
final class SentenceRepair {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:[A-Z]\\.){2,}|(?i:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|maj|capt|sgt|prof|rev|no|vs|jr|sr|inc|corp|co)\\.");

    private SentenceRepair() {
    }

    static List<Sentence> repair(String text, List<Sentence> sentences) {
        List<Sentence> repaired = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!repaired.isEmpty() && brokenAfterAbbreviation(text, repaired.getLast(), sentence)) {
                repaired.set(repaired.size() - 1, join(repaired.getLast(), sentence));
            } else {
                repaired.add(new Sentence(repaired.size(), sentence.start(), sentence.end(), sentence.tokens()));
            }
        }
        return repaired;
    }

    private static boolean brokenAfterAbbreviation(String text, Sentence previous, Sentence next) {
        List<Token> tokens = previous.tokens();
        Token last = tokens.getLast();
        // the tokenizer repeats an abbreviation's period as a sentence end of its own, at the same place
        if (last.word().equals(".") && tokens.size() > 1 && last.start() < tokens.get(tokens.size() - 2).end() + 1) {
            last = tokens.get(tokens.size() - 2);
        }
        return ABBREVIATION.matcher(last.word()).matches() && next.start() >= previous.end()
                && !text.substring(previous.end(), next.start()).contains("\n");
    }

    private static Sentence join(Sentence first, Sentence second) {
        int offset = first.tokens().size();
        List<Token> tokens = new ArrayList<>(first.tokens());
        for (Token token : second.tokens()) {
            tokens.add(new Token(token.index() + offset, token.word(), token.lemma(), token.pos(), token.ner(),
                    token.start(), token.end(), token.head() < 0 ? -1 : token.head() + offset, token.relation(),
                    token.timex()));
        }
        return new Sentence(first.index(), first.start(), second.end(), tokens);
    }
}
