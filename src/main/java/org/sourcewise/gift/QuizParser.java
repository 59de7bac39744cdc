package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a whole GIFT file block by block, so that one broken question does not hide the mistakes in the next. */
final class QuizParser {

    private static final String CATEGORY = "$CATEGORY:";

    private QuizParser() {}

    static GiftQuiz parse(String file) {
        Problems problems = new Problems();
        if (file.length() > GiftLimits.FILE) {
            problems.report(
                    new Position(1, 1),
                    "the file has " + GiftLimits.format(file.length()) + " characters; a quiz file may have at most "
                            + GiftLimits.format(GiftLimits.FILE));
            problems.throwIfAny();
        }
        List<String> headerComments = new ArrayList<>();
        List<GiftQuestion> questions = new ArrayList<>();
        Optional<String> category = Optional.empty();
        boolean questionSeen = false;
        int blocksRead = 0;
        for (Blocks.Block block : Blocks.split(file)) {
            if (!questionSeen) {
                headerComments.addAll(block.leadingComments());
            }
            if (block.lines().isEmpty()) {
                continue;
            }
            ControlCharacters.report(block.lines(), problems);
            int length = block.lines().stream()
                            .mapToInt(line -> line.text().length())
                            .sum()
                    + block.lines().size()
                    - 1;
            Position start = new Position(block.lines().getFirst().number(), 1);
            if (length > GiftLimits.QUESTION) {
                problems.report(
                        start,
                        "this question has " + GiftLimits.format(length) + " characters of GIFT;"
                                + " a question may have at most " + GiftLimits.format(GiftLimits.QUESTION));
                continue;
            }
            SourceText text = SourceText.ofLines(block.lines());
            if (text.startsWith(CATEGORY)) {
                category = category(text, problems);
            } else if (++blocksRead > GiftLimits.QUESTIONS) {
                if (blocksRead == GiftLimits.QUESTIONS + 1) {
                    problems.report(
                            start,
                            "a quiz file may have at most " + GiftLimits.QUESTIONS
                                    + " questions; put the rest in another file");
                }
            } else {
                questionSeen = true;
                QuestionParser.parse(text, category, problems).ifPresent(questions::add);
            }
        }
        problems.throwIfAny();
        GiftQuiz quiz = new GiftQuiz(headerComments, questions);
        if (quiz.title().orElse("").length() > GiftLimits.TITLE) {
            problems.report(
                    new Position(1, 1),
                    "the quiz's // title: has "
                            + GiftLimits.format(quiz.title().get().length()) + " characters; a title may have at most "
                            + GiftLimits.TITLE);
            problems.throwIfAny();
        }
        return quiz;
    }

    /** Moodle reads the whole block as the category's name, so a question glued under the line would vanish into it. */
    private static Optional<String> category(SourceText block, Problems problems) {
        SourceText path = block.slice(CATEGORY.length()).trim();
        int lineBreak = path.indexOf("\n");
        if (lineBreak >= 0) {
            problems.report(
                    path.slice(lineBreak).stripLeading().at(0),
                    "put a blank line between the $CATEGORY line and the question that follows it");
            return Optional.empty();
        }
        if (path.isEmpty()) {
            problems.report(
                    path.at(0), "the $CATEGORY line names no category; write for example $CATEGORY: history/ww2");
            return Optional.empty();
        }
        return Optional.of(path.text());
    }
}
