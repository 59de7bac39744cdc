package org.sourcewise.gift;

import java.util.List;
import java.util.Optional;
import org.sourcewise.gift.QuestionKind.Description;
import org.sourcewise.gift.QuestionKind.Essay;
import org.sourcewise.gift.QuestionKind.Matching;
import org.sourcewise.gift.QuestionKind.MultipleAnswers;
import org.sourcewise.gift.QuestionKind.MultipleChoice;
import org.sourcewise.gift.QuestionKind.Numeric;
import org.sourcewise.gift.QuestionKind.ShortAnswer;
import org.sourcewise.gift.QuestionKind.TrueFalse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds the {@code <question>} elements of Moodle XML, with the settings Moodle's own GIFT import would give. */
final class MoodleXmlQuestion {

    /** Moodle names a question after the start of its text when the teacher gave it no title. */
    private static final int NAME_LENGTH = 80;
    /** What Moodle shows in place of the answers in the missing-word format. */
    private static final String BLANK = "_____";

    private final Document document;

    MoodleXmlQuestion(Document document) {
        this.document = document;
    }

    Element category(String path) {
        Element question = document.createElement("question");
        question.setAttribute("type", "category");
        question.appendChild(element("category", textElement(path)));
        return question;
    }

    Element question(GiftQuestion gift) {
        Element question = document.createElement("question");
        question.setAttribute("type", type(gift.kind()));
        TextFormat format = gift.stem().format();
        String text = gift.stem().isMissingWord()
                ? gift.stem().text() + BLANK + gift.stem().textAfterAnswers()
                : gift.stem().text();
        question.appendChild(element("name", textElement(gift.title().orElseGet(() -> defaultName(text, format)))));
        question.appendChild(formatted("questiontext", format, text));
        question.appendChild(
                formatted("generalfeedback", format, gift.generalFeedback().orElse("")));
        boolean description = gift.kind() instanceof Description;
        question.appendChild(element("defaultgrade", description ? "0" : "1"));
        question.appendChild(
                element("penalty", description ? "0" : gift.kind() instanceof TrueFalse ? "1" : "0.3333333"));
        question.appendChild(element("hidden", "0"));
        appendAnswers(question, gift.kind(), format);
        return question;
    }

    private static String type(QuestionKind kind) {
        return switch (kind) {
            case MultipleChoice ignored -> "multichoice";
            case MultipleAnswers ignored -> "multichoice";
            case TrueFalse ignored -> "truefalse";
            case ShortAnswer ignored -> "shortanswer";
            case Matching ignored -> "matching";
            case Numeric ignored -> "numerical";
            case Essay ignored -> "essay";
            case Description ignored -> "description";
        };
    }

    private void appendAnswers(Element question, QuestionKind kind, TextFormat format) {
        switch (kind) {
            case MultipleChoice choice -> appendChoices(question, true, choice.choices(), format);
            case MultipleAnswers answers -> appendChoices(question, false, answers.choices(), format);
            case TrueFalse trueFalse -> {
                Optional<String> whenRight = trueFalse.feedbackWhenRight();
                Optional<String> whenWrong = trueFalse.feedbackWhenWrong();
                question.appendChild(answer(
                        trueFalse.answer() ? 100 : 0, format, "true", trueFalse.answer() ? whenRight : whenWrong));
                question.appendChild(answer(
                        trueFalse.answer() ? 0 : 100, format, "false", trueFalse.answer() ? whenWrong : whenRight));
            }
            case ShortAnswer answers -> {
                question.appendChild(element("usecase", "0"));
                answers.answers()
                        .forEach(c -> question.appendChild(answer(c.weight(), format, c.text(), c.feedback())));
            }
            case Matching matching -> {
                question.appendChild(element("shuffleanswers", "true"));
                matching.pairs().forEach(pair -> {
                    Element subquestion = formatted("subquestion", format, pair.item());
                    subquestion.appendChild(element("answer", textElement(pair.match())));
                    question.appendChild(subquestion);
                });
            }
            case Numeric numeric ->
                numeric.answers().forEach(numericAnswer -> {
                    NumericTarget target = numericAnswer.target();
                    Element answer = answer(
                            numericAnswer.weight(), format, Numbers.format(target.value()), numericAnswer.feedback());
                    answer.appendChild(element("tolerance", Numbers.format(target.tolerance())));
                    question.appendChild(answer);
                });
            case Essay ignored -> {
                question.appendChild(element("responseformat", "editor"));
                question.appendChild(element("responserequired", "1"));
                question.appendChild(element("responsefieldlines", "15"));
                question.appendChild(element("attachments", "0"));
            }
            case Description ignored -> {}
        }
    }

    private void appendChoices(Element question, boolean single, List<Choice> choices, TextFormat format) {
        question.appendChild(element("single", Boolean.toString(single)));
        question.appendChild(element("shuffleanswers", "true"));
        question.appendChild(element("answernumbering", "abc"));
        choices.forEach(
                choice -> question.appendChild(answer(choice.weight(), format, choice.text(), choice.feedback())));
    }

    private Element answer(double weight, TextFormat format, String text, Optional<String> feedback) {
        Element answer = formatted("answer", format, text);
        answer.setAttribute("fraction", Numbers.format(weight));
        answer.appendChild(formatted("feedback", format, feedback.orElse("")));
        return answer;
    }

    private Element formatted(String name, TextFormat format, String text) {
        Element element = element(name, textElement(text));
        element.setAttribute("format", format.moodleXmlName());
        return element;
    }

    private Element textElement(String text) {
        return element("text", text);
    }

    private Element element(String name, String text) {
        Element element = document.createElement(name);
        element.setTextContent(xmlCharacters(text));
        return element;
    }

    private Element element(String name, Element child) {
        Element element = document.createElement(name);
        element.appendChild(child);
        return element;
    }

    /** Control characters and lone surrogates cannot appear in XML 1.0 at all, not even escaped, so they are left out. */
    private static String xmlCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(MoodleXmlQuestion::isXmlCharacter).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000;
    }

    private static String defaultName(String text, TextFormat format) {
        String plain = format == TextFormat.HTML ? text.replaceAll("<[^>]*>", " ") : text;
        String name = plain.replaceAll("\\s+", " ").strip();
        if (name.codePointCount(0, name.length()) <= NAME_LENGTH) {
            return name;
        }
        // Counted in code points, so that an emoji is never cut in half.
        return name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH - 3)).stripTrailing() + "...";
    }
}
