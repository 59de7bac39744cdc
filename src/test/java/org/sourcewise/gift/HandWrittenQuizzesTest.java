package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcewise.Tier;

/** The quizzes teachers wrote by hand in quizzes/: each reads without errors, is about a seed article and explains its answers. */
@Tier.Fast
class HandWrittenQuizzesTest {

    private static final Path QUIZZES = Path.of("quizzes");

    static List<Path> quizFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUIZZES)) {
            return files.filter(file -> !file.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
    }

    private static GiftQuiz read(Path file) throws IOException {
        return Gift.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void shipsAtLeastTwoQuizzes() throws IOException {
        assertThat(quizFiles()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("quizFiles")
    void readsWithoutErrors(Path file) throws IOException {
        assertThat(read(file).questions()).hasSizeBetween(6, 10);
    }

    @ParameterizedTest
    @MethodSource("quizFiles")
    void namesAnExistingSeedArticleAndATitle(Path file) throws IOException {
        GiftQuiz quiz = read(file);

        assertThat(quiz.article()).hasValueSatisfying(article -> {
            assertThat(article).startsWith("seeds/");
            assertThat(Path.of(article)).isRegularFile();
        });
        assertThat(quiz.title()).isPresent();
    }

    @ParameterizedTest
    @MethodSource("quizFiles")
    void explainsEveryAnswer(Path file) throws IOException {
        for (GiftQuestion question : read(file).questions()) {
            assertThat(question.generalFeedback().isPresent() || answersExplained(question.kind()))
                    .as(question.title().orElse(question.stem().text()))
                    .isTrue();
        }
    }

    private static boolean answersExplained(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.MultipleChoice choice ->
                choice.choices().stream().allMatch(c -> c.feedback().isPresent());
            case QuestionKind.MultipleAnswers answers ->
                answers.choices().stream().allMatch(c -> c.feedback().isPresent());
            case QuestionKind.TrueFalse trueFalse ->
                trueFalse.feedbackWhenWrong().isPresent()
                        && trueFalse.feedbackWhenRight().isPresent();
            case QuestionKind.ShortAnswer answers ->
                answers.answers().stream().allMatch(c -> c.feedback().isPresent());
            case QuestionKind.Numeric numeric ->
                numeric.answers().stream().map(NumericAnswer::feedback).allMatch(Optional::isPresent);
            case QuestionKind.Matching ignored -> false;
            case QuestionKind.Essay ignored -> false;
            case QuestionKind.Description ignored -> true;
        };
    }
}
