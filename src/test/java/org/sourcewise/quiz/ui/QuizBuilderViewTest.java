package org.sourcewise.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionTitles;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A teacher builds a quiz on the real app context. */
@Tier.Spring
@SourcewiseSpringTest
class QuizBuilderViewTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuizService quizzes;

    @Autowired
    private QuestionBankService bank;

    private PracticeFixture fixture;

    @BeforeEach
    void aTeacher() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
    }

    private Button labelled(String prefix, int nth) {
        return find(Button.class)
                .withCondition(b -> b.getElement().getAttribute("aria-label") != null
                        && b.getElement().getAttribute("aria-label").startsWith(prefix))
                .all()
                .get(nth);
    }

    @Test
    void buildsAQuizInTheOrderTheTeacherSetsWithItsSettings() {
        QuizBuilderView view = navigate(QuizBuilderView.class);
        List<KeyedQuestion> bankQuestions = bank.questionsOf(fixture.articleId());

        test(view.title).setValue("Budget, two questions");
        test(view.article).selectItem("Budget day " + fixture.quizTitle().replace("Budget quiz ", ""));
        test(labelled("Add: ", 0)).click();
        test(labelled("Add: ", 1)).click();
        test(labelled("Move up: ", 1)).click();
        test(view.layout).selectItem(QuizBuilderView.ALL_AT_ONCE);
        test(view.feedback).selectItem(QuizBuilderView.FEEDBACK_AT_END);
        test(view.attempts).setValue(2);
        test(view.save).click();

        QuizSummary saved = quizzes.myQuizzes().stream()
                .filter(q -> q.title().equals("Budget, two questions"))
                .findFirst()
                .orElseThrow();
        QuizDraft draft = quizzes.draftOf(saved.id());
        assertThat(draft.questionIds())
                .containsExactly(bankQuestions.get(1).id(), bankQuestions.get(0).id());
        assertThat(draft.settings().allAtOnce()).isTrue();
        assertThat(draft.settings().feedbackAtEnd()).isTrue();
        assertThat(draft.settings().attemptsAllowed()).isEqualTo(2);
    }

    @Test
    void aQuizWithoutQuestionsIsRefusedWithAMessage() {
        QuizBuilderView view = navigate(QuizBuilderView.class);
        int before = quizzes.myQuizzes().size();

        test(view.title).setValue("Empty");
        test(view.save).click();

        assertThat(view.message.getText()).isEqualTo("A quiz needs 1 to 100 questions.");
        assertThat(quizzes.myQuizzes()).hasSize(before);
    }

    @Test
    void aQuizFromAFileOpensAsACopyToSaveAsTheTeachersOwn() {
        QuizSummary fromFile = quizzes.myQuizzes().stream()
                .filter(QuizSummary::fromFile)
                .findFirst()
                .orElseThrow();

        QuizBuilderView view = navigate("quizzes/build/copy-" + fromFile.id(), QuizBuilderView.class);
        test(view.save).click();

        assertThat(quizzes.myQuizzes())
                .filteredOn(q -> q.title().equals("Copy of " + fromFile.title()))
                .singleElement()
                .satisfies(copy -> {
                    assertThat(copy.fromFile()).isFalse();
                    assertThat(copy.questionCount()).isEqualTo(fromFile.questionCount());
                });
    }

    private String articleTitle() {
        return "Budget day " + fixture.quizTitle().replace("Budget quiz ", "");
    }

    private List<ListItem> cards() {
        return find(ListItem.class).withClassName("builder-question").all();
    }

    @Test
    void eachQuestionOfferedShowsItsKindStatusArticleClaimAndChoicesWithTheKeyMarked() {
        QuizBuilderView view = navigate(QuizBuilderView.class);
        KeyedQuestion first = bank.questionsStudentsMeet(fixture.articleId()).getFirst();

        test(view.article).selectItem(articleTitle());

        ListItem card = cards().getFirst();
        assertThat(find(Span.class, card).withClassName("builder-kind").single().getText())
                .isEqualTo(QuestionTitles.kind(first));
        assertThat(find(Span.class, card)
                        .withClassName("builder-status")
                        .single()
                        .getText())
                .isEqualTo("Not reviewed; above the confidence threshold");
        assertThat(find(Span.class, card)
                        .withClassName("builder-article")
                        .single()
                        .getText())
                .isEqualTo(articleTitle());
        assertThat(find(Paragraph.class, card)
                        .withClassName("builder-claim")
                        .single()
                        .getText())
                .isEqualTo(QuestionTitles.claim(first));
        assertThat(find(ListItem.class, card).withClassName("right").single().getText())
                .isEqualTo(first.choices().get(first.answer().getFirst()) + " (right answer)");
    }

    @Test
    void anAcceptedQuestionIsOfferedAsAcceptedAndOnAnArticleNotLettingQuestionsThroughOnlyIt() {
        bank.openTrustedQuestions(fixture.articleId(), false);
        KeyedQuestion accepted =
                bank.accept(bank.questionsOf(fixture.articleId()).get(2).id());
        QuizBuilderView view = navigate(QuizBuilderView.class);

        test(view.article).selectItem(articleTitle());

        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(find(Span.class, card)
                            .withClassName("builder-status")
                            .single()
                            .getText())
                    .isEqualTo("Accepted");
            assertThat(find(Paragraph.class, card)
                            .withClassName("builder-claim")
                            .single()
                            .getText())
                    .isEqualTo(QuestionTitles.claim(accepted));
        });
    }

    @Test
    void theSearchBoxKeepsOnlyTheQuestionsWithEveryWordSearchedFor() {
        QuizBuilderView view = navigate(QuizBuilderView.class);
        test(view.article).selectItem(articleTitle());
        KeyedQuestion first = bank.questionsStudentsMeet(fixture.articleId()).getFirst();
        String word = QuestionTitles.claim(first).split("\\s+")[0];

        test(view.search).setValue(word.toUpperCase());

        assertThat(cards())
                .isNotEmpty()
                .allSatisfy(card -> assertThat(
                                card.getElement().getTextRecursively().toLowerCase())
                        .contains(word.toLowerCase()));
        test(view.search).setValue("zzzz-no-such-word");
        assertThat(cards()).isEmpty();
    }

    @Test
    void addAllAcceptedTakesEveryReadyQuestionOfTheArticleOnce() {
        QuizBuilderView view = navigate(QuizBuilderView.class);
        test(view.article).selectItem(articleTitle());
        test(labelled("Add: ", 0)).click();

        test(view.addAllAccepted).click();

        assertThat(view.chosen.getChildren().count())
                .isEqualTo(bank.questionsStudentsMeet(fixture.articleId()).size());
        assertThat(view.addAllAccepted.isEnabled()).isFalse();
    }

    @Test
    void thePreviewShowsTheQuestionAsAStudentSeesItWithoutItsKey() {
        QuizBuilderView view = navigate(QuizBuilderView.class);
        test(view.article).selectItem(articleTitle());
        KeyedQuestion first = bank.questionsStudentsMeet(fixture.articleId()).getFirst();

        test(labelled("Preview: ", 0)).click();

        QuestionPreview preview = find(QuestionPreview.class).single();
        assertThat(find(ListItem.class, preview).all())
                .extracting(ListItem::getText)
                .containsExactlyInAnyOrderElementsOf(first.choices());
        assertThat(preview.getElement().getTextRecursively()).doesNotContain("right answer");
    }
}
