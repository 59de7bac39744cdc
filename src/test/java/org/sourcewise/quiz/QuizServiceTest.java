package org.sourcewise.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.gift.Gift;
import org.sourcewise.practice.PracticeFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Teachers building, changing, assigning and exporting quizzes through the real services and H2. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class QuizServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuizService quizzes;

    @Autowired
    private QuestionBankService bank;

    private PracticeFixture fixture;

    @BeforeEach
    void aTeacherWithAClass() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
    }

    private List<Long> twoArticlesQuestions() {
        List<Long> ids = new ArrayList<>(bank.questionsOf(fixture.articleId()).stream()
                .limit(2)
                .map(KeyedQuestion::id)
                .toList());
        QuizSummary fromFile = quizzes.myQuizzes().stream()
                .filter(QuizSummary::fromFile)
                .findFirst()
                .orElseThrow();
        ids.add(0, quizzes.draftOf(fromFile.id()).questionIds().getFirst());
        return ids;
    }

    @Test
    void buildsAQuizFromTwoArticlesInTheTeachersOrderWithItsSettings() {
        List<Long> ids = twoArticlesQuestions();
        QuizSettings settings = new QuizSettings(true, true, true, 2, null);

        long quizId = quizzes.create(new QuizDraft("  Two   articles ", ids, settings));

        QuizDraft saved = quizzes.draftOf(quizId);
        assertThat(saved.title()).isEqualTo("Two articles");
        assertThat(saved.questionIds()).isEqualTo(ids);
        assertThat(saved.settings()).isEqualTo(settings);
        AssignedQuiz assigned = quizzes.assign(quizId, fixture.classroomId());
        assertThat(assigned.questionIds()).isEqualTo(ids);
        assertThat(quizzes.quizzesOf(fixture.classroomId()))
                .extracting(AssignedQuiz::quizId)
                .contains(quizId);
    }

    @Test
    void changesAQuizButNotAQuizFromAFile() {
        List<Long> ids = twoArticlesQuestions();
        long quizId = quizzes.create(new QuizDraft("Mine", ids, QuizSettings.DEFAULT));

        quizzes.update(quizId, new QuizDraft("Mine, shorter", ids.subList(0, 1), QuizSettings.DEFAULT));

        assertThat(quizzes.draftOf(quizId).questionIds()).hasSize(1);
        long fromFile = quizzes.myQuizzes().stream()
                .filter(QuizSummary::fromFile)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> quizzes.update(fromFile, new QuizDraft("Hijacked", ids, QuizSettings.DEFAULT)))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("copied");
    }

    @Test
    void anotherTeacherCannotSeeChangeAssignOrExportIt() {
        long quizId = quizzes.create(new QuizDraft("Mine", twoArticlesQuestions(), QuizSettings.DEFAULT));
        PracticeFixture other = PracticeFixture.create(context);
        other.asTeacher();

        assertThat(quizzes.myQuizzes()).extracting(QuizSummary::id).doesNotContain(quizId);
        assertThatThrownBy(() -> quizzes.draftOf(quizId)).isInstanceOf(QuizException.class);
        assertThatThrownBy(() -> quizzes.assign(quizId, other.classroomId())).isInstanceOf(QuizException.class);
        assertThatThrownBy(() -> quizzes.exportGift(quizId)).isInstanceOf(QuizException.class);
    }

    @Test
    void refusesARejectedQuestionAnEmptyQuizAndImpossibleSettings() {
        KeyedQuestion rejected =
                bank.reject(bank.questionsOf(fixture.articleId()).getFirst().id());

        assertThatThrownBy(() -> quizzes.create(new QuizDraft("Q", List.of(rejected.id()), QuizSettings.DEFAULT)))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("rejected");
        assertThatThrownBy(() -> new QuizDraft("Q", List.of(), QuizSettings.DEFAULT))
                .hasMessageContaining("1 to 100 questions");
        assertThatThrownBy(() -> new QuizSettings(false, false, false, 0, null)).hasMessageContaining("Attempts");
    }

    @Test
    void exportsGeneratedQuestionsAsMultipleChoiceWithTheRightAnswerFull() {
        long quizId = quizzes.create(new QuizDraft("Export", twoArticlesQuestions(), QuizSettings.DEFAULT));

        String gift = quizzes.exportGift(quizId);

        assertThat(gift).startsWith("// title: Export");
        assertThat(Gift.parse(gift).questions()).hasSize(3);
        assertThat(quizzes.exportMoodleXml(quizId)).contains("<question type=\"multichoice\">");
    }
}
