package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sourcewise.Tier;

/** Random input never breaks the parser in any but the documented way, and what the writer writes reads back. */
@Tier.Fast
class GiftPropertiesTest {

    /** GIFT's own characters, escapes, markup, a NUL, line breaks and some letters, so that every rule is reached. */
    @Provide
    Arbitrary<String> giftLike() {
        return Arbitraries.strings()
                .withChars("{}=~#%:\\->[]<>/$ \n\r\t\u0000abcT.FHtml:pxyz1")
                .ofMaxLength(400);
    }

    @Property(tries = 3000)
    void anyInputGivesAQuizOrASyntaxErrorAndNothingElse(@ForAll("giftLike") String text) {
        try {
            Gift.parse(text);
        } catch (GiftSyntaxException e) {
            assertThat(e.errors())
                    .isNotEmpty()
                    .allMatch(error -> error.line() >= 1
                            && error.column() >= 1
                            && !error.message().isBlank());
        }
    }

    @Provide
    Arbitrary<String> word() {
        return Arbitraries.strings()
                .withChars("abcdefghij{}=~#:%")
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(w -> !w.isBlank() && !w.startsWith("%"));
    }

    @Provide
    Arbitrary<GiftQuestion> question() {
        Arbitrary<String> stem = word().list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(words -> String.join(" ", words))
                .filter(text -> !text.startsWith("[") && !text.startsWith("//") && !text.startsWith("$"));
        Arbitrary<GiftQuestion> choice = Combinators.combine(
                        stem, word().set().ofMinSize(2).ofMaxSize(6))
                .as((text, texts) -> {
                    List<Choice> choices = new ArrayList<>();
                    for (String t : texts) {
                        choices.add(new Choice(t, choices.isEmpty() ? 100 : 0, Optional.empty()));
                    }
                    return GiftQuestion.of(text, new QuestionKind.MultipleChoice(choices));
                });
        Arbitrary<GiftQuestion> truth = Combinators.combine(stem, Arbitraries.of(true, false))
                .as((text, answer) -> GiftQuestion.of(text, QuestionKind.TrueFalse.of(answer)));
        return Arbitraries.oneOf(choice, truth);
    }

    @Provide
    Arbitrary<List<GiftQuestion>> questions() {
        return question().list().ofMaxSize(8);
    }

    @Property(tries = 500)
    void writingThenReadingGivesTheSameQuiz(@ForAll("questions") List<GiftQuestion> questions) {
        GiftQuiz quiz = new GiftQuiz(List.of("title: generated"), questions);

        assertThat(Gift.parse(Gift.write(quiz))).isEqualTo(quiz);
    }
}
