package org.sourcewise.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionStatus;
import org.sourcewise.bank.QuestionTitles;
import org.sourcewise.bank.ReviewCheck;
import org.sourcewise.gift.Gift;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.testdata.OwnQuestions;
import org.sourcewise.testdata.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A teacher reviews an article's generated questions on the real app context. */
@Tier.Spring
@SourcewiseSpringTest
class ReviewQuestionsViewTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuestionBankService bank;

    private PracticeFixture fixture;

    @BeforeEach
    void aTeacherWithAnArticleBank() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
    }

    private KeyedQuestion first() {
        return bank.questionsOf(fixture.articleId()).getFirst();
    }

    private String firstStatus() {
        return find(
                        Span.class,
                        find(ListItem.class).withClassName("review-item").first())
                .withClassName("review-status")
                .single()
                .getText();
    }

    private ListItem itemOf(KeyedQuestion question) {
        return find(ListItem.class)
                .withClassName("review-item")
                .withCondition(item -> item.getId().orElse("").equals("question-" + question.id()))
                .single();
    }

    private String statusOf(KeyedQuestion question) {
        return find(Span.class, itemOf(question))
                .withClassName("review-status")
                .single()
                .getText();
    }

    private String confirmationOf(KeyedQuestion question) {
        return find(Div.class, itemOf(question))
                .withClassName("review-confirmation")
                .single()
                .getText();
    }

    private List<Long> shownIds(ReviewQuestionsView view) {
        return view.shown().stream().map(KeyedQuestion::id).toList();
    }

    private Button button(String ariaLabel) {
        return find(Button.class)
                .withCondition(b -> b.getAriaLabel().orElse("").equals(ariaLabel))
                .single();
    }

    @Test
    void listsEveryQuestionWithItsRightAnswerNamed() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());

        assertThat(view.questions.getChildren().count())
                .isEqualTo(bank.questionsOf(fixture.articleId()).size());
        KeyedQuestion first = first();
        assertThat(find(ListItem.class).withClassName("right").first().getText())
                .isEqualTo(first.choices().get(first.answer().getFirst()) + " (right answer)");
        assertThat(firstStatus()).isEqualTo("Not reviewed");
    }

    @Test
    void rejectingCanBeUndone() {
        navigate(ReviewQuestionsView.class, fixture.articleId());

        test(button("Reject question 1")).click();
        assertThat(first().status()).isEqualTo(QuestionStatus.REJECTED);
        assertThat(firstStatus()).isEqualTo("Rejected");

        test(button("Undo question 1")).click();
        assertThat(first().status()).isEqualTo(QuestionStatus.GENERATED);
        assertThat(firstStatus()).isEqualTo("Not reviewed");
    }

    @Test
    void anEditIsSavedAndMarkedEdited() {
        navigate(ReviewQuestionsView.class, fixture.articleId());
        test(button("Edit question 1")).click();
        EditQuestionDialog dialog = find(EditQuestionDialog.class).single();

        test(dialog.stem).setValue("Who promised an appeal?");
        test(dialog.save).click();

        assertThat(first().stem()).isEqualTo("Who promised an appeal?");
        assertThat(first().status()).isEqualTo(QuestionStatus.EDITED);
        assertThat(firstStatus()).isEqualTo("Edited");
    }

    @Test
    void anEmptyEditIsRefusedInTheDialogAndNothingIsSaved() {
        navigate(ReviewQuestionsView.class, fixture.articleId());
        KeyedQuestion before = first();
        test(button("Edit question 1")).click();
        EditQuestionDialog dialog = find(EditQuestionDialog.class).single();

        test(dialog.stem).setValue("   ");
        test(dialog.save).click();

        assertThat(dialog.problem.getText()).isEqualTo("The question needs a text.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(first()).isEqualTo(before);
    }

    @Test
    void aTeacherWritesAShortAnswerQuestionWithEvidenceCopiedFromTheArticle() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());
        int before = bank.questionsOf(fixture.articleId()).size();

        test(view.write).click();
        WriteQuestionDialog dialog = find(WriteQuestionDialog.class).single();
        test(dialog.kind).selectItem(WriteQuestionDialog.Kind.SHORT.label);
        test(dialog.stem).setValue("Who presented the budget?");
        test(dialog.answers).setValue("Jane Philpott\nPhilpott");
        test(dialog.evidence).setValue(BudgetArticle.TEXT.substring(0, 30));
        test(dialog.save).click();

        KeyedQuestion own = bank.questionsOf(fixture.articleId()).getLast();
        assertThat(bank.questionsOf(fixture.articleId())).hasSize(before + 1);
        assertThat(own.format()).isEqualTo(AnswerFormat.SHORT_ANSWER);
        assertThat(own.stem()).isEqualTo("Who presented the budget?");
        assertThat(own.evidence()).hasSize(1);
        assertThat(confirmationOf(own)).contains("Your question is added");
    }

    @Test
    void aChoiceQuestionWithoutItsRightAnswerMarkedIsRefusedWithAMessageAndNothingSaved() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());
        int before = bank.questionsOf(fixture.articleId()).size();

        test(view.write).click();
        WriteQuestionDialog dialog = find(WriteQuestionDialog.class).single();
        test(dialog.stem).setValue("Who?");
        test(dialog.answers).setValue("Truss\nLavrov");
        test(dialog.save).click();

        assertThat(dialog.problem.getText()).contains("start exactly one, the right one, with *");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(bank.questionsOf(fixture.articleId())).hasSize(before);
    }

    @Test
    void aGiftQuestionWithAMistakeIsRefusedAtItsLineAndColumn() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());

        test(view.write).click();
        WriteQuestionDialog dialog = find(WriteQuestionDialog.class).single();
        test(dialog.kind).selectItem(WriteQuestionDialog.Kind.GIFT.label);
        test(dialog.gift).setValue("Match them. {=Truss -> UK =Lavrov -> Russia");
        test(dialog.save).click();

        assertThat(dialog.problem.getText()).contains("Line 1, column");
    }

    private String refusedGift(String gift) {
        int before = bank.questionsOf(fixture.articleId()).size();
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());
        test(view.write).click();
        WriteQuestionDialog dialog = find(WriteQuestionDialog.class).single();
        test(dialog.kind).selectItem(WriteQuestionDialog.Kind.GIFT.label);
        test(dialog.gift).setValue(gift);
        test(dialog.save).click();
        assertThat(bank.questionsOf(fixture.articleId())).hasSize(before);
        assertThat(dialog.isOpened()).isTrue();
        return dialog.problem.getText();
    }

    @Test
    void aGiftQuestionWhoseHtmlTextIsEmptyIsRefusedAndTheMessageSpeaksOfTheQuestion() {
        assertThat(refusedGift("[html]<p></p> {=a ~b}"))
                .isEqualTo("This question has a mistake: Line 1, column 7:"
                        + " the question has no text a student could read once its markup is left out")
                .doesNotContainIgnoringCase("quiz file");
    }

    @Test
    void aGiftQuestionWithANulIsRefusedWhereItStands() {
        assertThat(refusedGift("Who? {=a\u0000 ~b}"))
                .contains("Line 1, column 9:")
                .contains("U+0000");
    }

    @Test
    void aGiftQuestionWithThreeIdenticalChoicesIsRefused() {
        assertThat(refusedGift("Who? {=a ~a ~a}")).contains("the answer \"a\" is written twice");
    }

    @Test
    void aPasteOverTheLimitIsRefusedWithTheLimitNamedNotCut() {
        assertThat(refusedGift("Who? {=a ~b} " + "x".repeat(20_000))).contains("a question may have at most 20,000");
    }

    @Test
    void twoIdenticalChoicesWrittenInTheFormAreRefusedToo() {
        int before = bank.questionsOf(fixture.articleId()).size();
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());
        test(view.write).click();
        WriteQuestionDialog dialog = find(WriteQuestionDialog.class).single();
        test(dialog.stem).setValue("Who spoke?");
        test(dialog.answers).setValue("*Philpott\nPhilpott");
        test(dialog.save).click();

        assertThat(dialog.problem.getText())
                .isEqualTo("This question cannot be saved: the answer \"Philpott\" is"
                        + " written twice; students could not tell the two apart.");
        assertThat(bank.questionsOf(fixture.articleId())).hasSize(before);
    }

    @Test
    void anotherTeachersOwnQuestionIsShownReadOnlyWithACopyButton() {
        KeyedQuestion theirs =
                OwnQuestions.write(context, fixture.articleId(), "Who presented the budget? {=Philpott ~Morneau}");
        People.teacher(context, "second " + fixture.teacher(), "Second");
        int number = bank.questionsOf(fixture.articleId()).stream()
                        .map(KeyedQuestion::id)
                        .toList()
                        .indexOf(theirs.id())
                + 1;

        navigate(ReviewQuestionsView.class, fixture.articleId());

        assertThat(find(Button.class)
                        .withCondition(b -> b.getAriaLabel().orElse("").endsWith("question " + number))
                        .all())
                .extracting(Button::getText)
                .containsExactly("Copy");
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Another teacher's question: read only; copy it to change it.");
        test(button("Copy question " + number)).click();
        assertThat(bank.questionsOf(fixture.articleId()))
                .filteredOn(q -> q.stem().equals(theirs.stem()))
                .hasSize(2)
                .filteredOn(bank::mayChange)
                .hasSize(1);
    }

    @Test
    void theConfirmationOfAnAcceptStandsBesideTheQuestionAccepted() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());

        test(button("Accept question 2")).click();

        KeyedQuestion second = bank.questionsOf(fixture.articleId()).get(1);
        assertThat(confirmationOf(second)).isEqualTo("Accepted.");
        assertThat(confirmationOf(first())).isEmpty();
        assertThat(view.message.getText()).isEmpty();
    }

    @Test
    void aNewOwnQuestionIsLabelledAsTheTeachersNotAsEdited() {
        KeyedQuestion mine =
                OwnQuestions.write(context, fixture.articleId(), "Did the minister present the budget? {T}");

        navigate(ReviewQuestionsView.class, fixture.articleId());

        assertThat(statusOf(mine)).isEqualTo("Your question");
    }

    @Test
    void aQuizFilesQuestionIsLabelledAsFromAQuizFile() {
        long id = context.getBean(BankQuestions.class)
                .storeFromFile(
                        "label-test.gift",
                        fixture.articleId(),
                        BudgetArticle.TEXT,
                        Gift.parse("Who presented the budget? {=Philpott ~Morneau}")
                                .questions())
                .getFirst();

        navigate(ReviewQuestionsView.class, fixture.articleId());

        assertThat(statusOf(bank.questions(List.of(id)).getFirst())).isEqualTo("From a quiz file");
    }

    @Test
    void theKindFilterShowsOnlyQuestionsOfThatKind() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());
        KeyedQuestion first = first();
        String kind = QuestionTitles.kind(first);

        test(view.kindFilter).selectItem(kind);

        assertThat(view.shown())
                .isNotEmpty()
                .allSatisfy(q -> assertThat(QuestionTitles.kind(q)).isEqualTo(kind));
        assertThat(view.questions.getChildren().count()).isEqualTo(view.shown().size());
        assertThat(view.shown().size())
                .isLessThan(bank.questionsOf(fixture.articleId()).size());
    }

    @Test
    void theStatusFilterShowsOnlyAcceptedQuestionsOnceSomeAre() {
        KeyedQuestion accepted = bank.accept(first().id());
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());

        test(view.statusFilter).selectItem("Accepted");

        assertThat(shownIds(view)).containsExactly(accepted.id());
    }

    @Test
    void theCheckFilterShowsOnlyQuestionsThatNeedNoCheckWhenAskedTo() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());

        test(view.checkFilter).selectItem(ReviewQuestionsView.NO_CHECK);

        assertThat(view.shown())
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.check()).isNull());
        test(view.checkFilter).selectItem(ReviewCheck.DATE.label());
        assertThat(view.shown()).allSatisfy(q -> assertThat(q.check()).isEqualTo(ReviewCheck.DATE));
    }

    @Test
    void acceptAllShownAsksFirstAndThenAcceptsOnlyTheQuestionsShown() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());
        String kind = QuestionTitles.kind(first());
        test(view.kindFilter).selectItem(kind);
        List<Long> shown = shownIds(view);

        test(view.acceptAllShown).click();
        assertThat(bank.questionsOf(fixture.articleId())).noneMatch(q -> q.status() == QuestionStatus.ACCEPTED);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(bank.questionsOf(fixture.articleId()))
                .allSatisfy(q -> assertThat(q.status())
                        .isEqualTo(shown.contains(q.id()) ? QuestionStatus.ACCEPTED : QuestionStatus.GENERATED));
        assertThat(view.message.getText()).startsWith("Accepted " + shown.size() + " question");
    }

    @Test
    void acceptingAllShownCanBeUndone() {
        ReviewQuestionsView view = navigate(ReviewQuestionsView.class, fixture.articleId());
        test(view.acceptAllShown).click();
        test(find(ConfirmDialog.class).single()).confirm();

        test(find(Button.class)
                        .withCondition(b -> b.getAriaLabel().orElse("").startsWith("Undo accepting"))
                        .single())
                .click();

        assertThat(bank.questionsOf(fixture.articleId()))
                .allSatisfy(q -> assertThat(q.status()).isEqualTo(QuestionStatus.GENERATED));
        assertThat(view.message.getText()).startsWith("Undone:");
    }
}
