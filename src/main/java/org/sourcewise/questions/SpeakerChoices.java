package org.sourcewise.questions;

import java.util.ArrayList;
import java.util.List;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Statement;

/**
 * Wrong speakers for "who said it?": of the same kind as the right one (a person for a person), from the same
 * article first and then from the library, never an alias of the right speaker or of each other, and never a
 * source that said much the same thing, which would make a second right answer.
 */
final class SpeakerChoices {

    /** Two statements whose words overlap this much say much the same thing. */
    static final double SAME_CLAIM = 0.5;

    private SpeakerChoices() {}

    static List<Speaker> wrong(Statement asked, List<Statement> article, List<Statement> library, int count) {
        return wrong(asked, article, library, count, "");
    }

    /**
     * @param context the sentences shown for the asked statement: a source named there may well be the one who
     *                said it (the engine can mistake one for the other), so it is never a wrong answer
     */
    static List<Speaker> wrong(
            Statement asked, List<Statement> article, List<Statement> library, int count, String context) {
        List<Speaker> chosen = new ArrayList<>();
        for (List<Statement> pool : List.of(article, library)) {
            for (Statement other : pool) {
                Speaker candidate = other.speaker();
                if (chosen.size() < count
                        && candidate.kind() == asked.speaker().kind()
                        && ShownSpeakers.presentable(candidate)
                        && !ShownSpeakers.describedThroughSomeoneElse(candidate)
                        && !namedIn(candidate, context)
                        && !Aliases.maySame(candidate, asked.speaker())
                        && chosen.stream().noneMatch(speaker -> Aliases.maySame(speaker, candidate))
                        && !saidMuchTheSame(candidate, asked, article)) {
                    chosen.add(candidate);
                }
            }
        }
        return chosen;
    }

    private static boolean namedIn(Speaker candidate, String context) {
        return Doubts.nameWords(candidate.name()).stream()
                .anyMatch(word -> word.length() >= 3 && Wording.containsWord(context, word));
    }

    private static boolean saidMuchTheSame(Speaker candidate, Statement asked, List<Statement> article) {
        return article.stream()
                .anyMatch(statement -> Aliases.maySame(statement.speaker(), candidate)
                        && Wording.overlap(statement.content(), asked.content()) >= SAME_CLAIM);
    }
}
