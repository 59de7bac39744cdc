package org.sourcewise.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins sentences the splitter broke after an abbreviation ("... said U.S. | Under Secretary of State Victoria
 * Nuland."): a sentence cannot end in "U.S." or "Mr." when the next one goes on in the same paragraph. Done
 * before parsing, so that the parser sees the speaker's whole name.
 */
final class SentenceRepair {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:[A-Z]\\.){2,}|(?i:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|maj|capt|sgt|prof|rev|no|vs|jr|sr|inc|corp|co)\\.");

    private SentenceRepair() {}

    static List<CoreMap> repair(String text, List<CoreMap> sentences) {
        List<CoreMap> repaired = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            if (!repaired.isEmpty() && brokenAfterAbbreviation(text, tokens(repaired.getLast()), tokens(sentence))) {
                repaired.set(repaired.size() - 1, join(text, repaired.getLast(), sentence));
            } else {
                repaired.add(sentence);
            }
        }
        return repaired;
    }

    private static boolean brokenAfterAbbreviation(String text, List<CoreLabel> previous, List<CoreLabel> next) {
        CoreLabel last = previous.getLast();
        if (isRepeatedPeriod(previous)) {
            last = previous.get(previous.size() - 2);
        }
        int previousEnd = previous.getLast().endPosition();
        int nextStart = next.getFirst().beginPosition();
        // the word, not the original text: the tokenizer gives "U.S." the period it left to the sentence end
        return ABBREVIATION.matcher(last.word()).matches()
                && nextStart >= previousEnd
                && !text.substring(previousEnd, nextStart).contains("\n");
    }

    /** The tokenizer repeats an abbreviation's period as a sentence end of its own, at the same place. */
    private static boolean isRepeatedPeriod(List<CoreLabel> tokens) {
        CoreLabel last = tokens.getLast();
        return last.word().equals(".")
                && tokens.size() > 1
                && last.beginPosition() < tokens.get(tokens.size() - 2).endPosition() + 1;
    }

    private static CoreMap join(String text, CoreMap first, CoreMap second) {
        List<CoreLabel> tokens = new ArrayList<>(tokens(first));
        if (isRepeatedPeriod(tokens)) {
            tokens.removeLast();
        }
        tokens.addAll(tokens(second));
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
        }
        int start = tokens.getFirst().beginPosition();
        int end = tokens.getLast().endPosition();
        CoreMap joined = new ArrayCoreMap();
        joined.set(CoreAnnotations.TokensAnnotation.class, tokens);
        joined.set(CoreAnnotations.TextAnnotation.class, text.substring(start, end));
        joined.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
        joined.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        joined.set(CoreAnnotations.TokenBeginAnnotation.class, first.get(CoreAnnotations.TokenBeginAnnotation.class));
        joined.set(CoreAnnotations.TokenEndAnnotation.class, second.get(CoreAnnotations.TokenEndAnnotation.class));
        return joined;
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
