package org.sourcewise.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a whole GIFT file block by block, so that one broken question does not hide the mistakes in the next. */
final class QuizParser {

    private static final String CATEGORY = "$CATEGORY:";

    private QuizParser() {
    }

    static GiftQuiz parse(String file) {
        Problems problems = new Problems();
        List<String> headerComments = new ArrayList<>();
        List<GiftQuestion> questions = new ArrayList<>();
        Optional<String> category = Optional.empty();
        boolean questionSeen = false;
        for (Blocks.Block block : Blocks.split(file)) {
            if (!questionSeen) {
                headerComments.addAll(block.leadingComments());
            }
            if (block.lines().isEmpty()) {
                continue;
            }
            SourceText text = SourceText.ofLines(block.lines());
            if (text.startsWith(CATEGORY)) {
                category = category(text, problems);
            } else {
                questionSeen = true;
                QuestionParser.parse(text, category, problems).ifPresent(questions::add);
            }
        }
        problems.throwIfAny();
        return new GiftQuiz(headerComments, questions);
    }

    /** Moodle reads the whole block as the category's name, so a question glued under the line would vanish into it. */
    private static Optional<String> category(SourceText block, Problems problems) {
        SourceText path = block.slice(CATEGORY.length()).trim();
        int lineBreak = path.indexOf("\n");
        if (lineBreak >= 0) {
            problems.report(path.slice(lineBreak).stripLeading().at(0),
                    "put a blank line between the $CATEGORY line and the question that follows it");
            return Optional.empty();
        }
        if (path.isEmpty()) {
            problems.report(path.at(0), "the $CATEGORY line names no category; write for example $CATEGORY: history/ww2");
            return Optional.empty();
        }
        return Optional.of(path.text());
    }
}
