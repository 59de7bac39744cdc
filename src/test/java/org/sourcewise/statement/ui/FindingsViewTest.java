package org.sourcewise.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.statement.StatementService;
import org.sourcewise.statement.StoredFindings;
import org.sourcewise.statement.StoredStatement;
import org.sourcewise.testdata.ArticleBuilder;
import org.sourcewise.testdata.Leftovers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A teacher corrects the statements found in an article, on the real app context. */
@Tier.Spring
@SourcewiseSpringTest
class FindingsViewTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StatementService statements;

    private PracticeFixture fixture;
    private Long longRead;

    @BeforeEach
    void aTeacherWithAnAnalysedArticle() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        StoredFindings.store(context, fixture.articleId(), BudgetArticle.RESULT);
    }

    /** Its 2,000 statements would weigh on every later test that lists or analyses the articles. */
    @AfterEach
    void deleteTheLongRead() {
        if (longRead != null) {
            Leftovers.article(context, longRead);
        }
    }

    private Button button(String ariaLabel) {
        return find(Button.class)
                .withCondition(b -> b.getAriaLabel().orElse("").equals(ariaLabel))
                .single();
    }

    @Test
    void correctingASpeakerIsSavedAndSaysSo() {
        FindingsView view = navigate(FindingsView.class, fixture.articleId());
        ListItem first = find(ListItem.class).withClassName("finding").first();

        test(find(TextField.class, first).withCaption("Speaker").single()).setValue("Jason Kenney");
        test(button("Save statement 1")).click();

        List<StoredStatement> stored = statements.statementsOf(fixture.articleId());
        assertThat(stored.getFirst().speakerName()).isEqualTo("Jason Kenney");
        assertThat(view.message.getText()).isEqualTo("Saved statement 1; the questions were generated again.");
    }

    @Test
    void anEmptySpeakerIsRefusedWithAMessageAndNothingSaved() {
        FindingsView view = navigate(FindingsView.class, fixture.articleId());
        StoredStatement before = statements.statementsOf(fixture.articleId()).getFirst();
        ListItem first = find(ListItem.class).withClassName("finding").first();

        test(find(TextField.class, first).withCaption("Speaker").single()).setValue(" ");
        test(button("Save statement 1")).click();

        assertThat(view.message.getText()).contains("must be 1 to 300 characters");
        assertThat(statements.statementsOf(fixture.articleId()).getFirst()).isEqualTo(before);
    }

    @Test
    void deletingAStatementAsksFirst() {
        navigate(FindingsView.class, fixture.articleId());
        int before = statements.statementsOf(fixture.articleId()).size();

        test(button("Delete statement 1")).click();
        assertThat(statements.statementsOf(fixture.articleId())).hasSize(before);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(statements.statementsOf(fixture.articleId())).hasSize(before - 1);
    }

    /** The budget article's words, as the browser reports a selection that took the space before them too. */
    private static Span selecting(String words) {
        int start = BudgetArticle.TEXT.indexOf(words);
        return new Span(start - 1, start + words.length());
    }

    private AddStatementDialog addDialogFor(FindingsView view, String words) {
        view.selected(selecting(words));
        return (AddStatementDialog) find(Dialog.class).single();
    }

    @Test
    void addingASelectedStatementStoresItAndSaysSo() {
        StoredFindings.store(context, fixture.articleId(), BudgetArticle.without("Andrew Scheer"));
        FindingsView view = navigate(FindingsView.class, fixture.articleId());

        AddStatementDialog dialog = addDialogFor(view, "the budget was a betrayal of taxpayers");
        assertThat(dialog.words.getValue()).isEqualTo("the budget was a betrayal of taxpayers");
        test(dialog.speaker).setValue("Andrew Scheer");
        test(dialog.role).setValue("Conservative Leader");
        test(dialog.how).selectItem(AddStatementDialog.HOW.get(StatementKind.INDIRECT));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.message.getText()).isEqualTo("Added statement 3; the questions were generated again.");
        StoredStatement added = statements.statementsOf(fixture.articleId()).get(2);
        assertThat(added.speakerName()).isEqualTo("Andrew Scheer");
        assertThat(added.addedByTeacher()).isTrue();
        ListItem third = find(ListItem.class).withClassName("finding").all().get(2);
        assertThat(find(Paragraph.class, third)
                        .withClassName("finding-origin")
                        .single()
                        .getText())
                .isEqualTo("Added by a teacher");
    }

    @Test
    void aRefusedStatementKeepsTheDialogOpenWithTheReason() {
        StoredFindings.store(context, fixture.articleId(), BudgetArticle.without("Andrew Scheer"));
        FindingsView view = navigate(FindingsView.class, fixture.articleId());
        int before = statements.statementsOf(fixture.articleId()).size();

        AddStatementDialog dialog = addDialogFor(view, "the budget was a betrayal of taxpayers");
        test(dialog.speaker).setValue("Andrew Scheer");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.message.getText()).isEqualTo("Choose whether the article quotes the words or reports them.");
        assertThat(statements.statementsOf(fixture.articleId())).hasSize(before);
    }

    @Test
    void pressingAddWithNothingSelectedSaysWhatToDo() {
        FindingsView view = navigate(FindingsView.class, fixture.articleId());

        view.selected(null);

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(view.message.getText()).startsWith("Select the statement's words in the article first");
    }

    @Test
    void selectingAStatementAlreadyFoundSaysWhichOneInsteadOfOpeningTheDialog() {
        FindingsView view = navigate(FindingsView.class, fixture.articleId());

        view.selected(selecting("the budget was a betrayal of taxpayers"));

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(view.message.getText()).startsWith("Statement 3 already has exactly these words");
    }

    @Test
    void markupInASpeakersNameIsShownAsText() {
        StoredFindings.store(context, fixture.articleId(), BudgetArticle.without("Andrew Scheer"));
        FindingsView view = navigate(FindingsView.class, fixture.articleId());

        AddStatementDialog dialog = addDialogFor(view, "the budget was a betrayal of taxpayers");
        test(dialog.speaker).setValue("<b>Andrew</b> Scheer");
        test(dialog.how).selectItem(AddStatementDialog.HOW.get(StatementKind.INDIRECT));
        test(dialog.save).click();

        ListItem third = find(ListItem.class).withClassName("finding").all().get(2);
        assertThat(find(TextField.class, third).withCaption("Speaker").single().getValue())
                .isEqualTo("<b>Andrew</b> Scheer");
        assertThat(third.getElement().getOuterHTML()).doesNotContain("<b>");
    }

    /** An article of 90,000 characters with 2,000 statements, one to a sentence. */
    private long aVeryLongAnalysedArticle() {
        StringBuilder text = new StringBuilder();
        List<Statement> found = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            String sentence = "Official number " + i + " said the plan would work.";
            int start = text.length();
            String content = "the plan would work";
            int contentStart = start + sentence.indexOf(content);
            found.add(new Statement(
                    new Speaker("Official number " + i, null, SourceKind.PERSON),
                    content,
                    StatementKind.INDIRECT,
                    null,
                    new Span(contentStart, contentStart + content.length()),
                    new Span(start, start + sentence.length()),
                    "said"));
            text.append(sentence).append(i % 20 == 0 ? "\n\n" : " ");
        }
        longRead = ArticleBuilder.anArticle(context)
                .titled("Long read")
                .text(text.toString().strip(), BudgetArticle.PUBLISHED)
                .analysed(new ExtractionResult(found, List.of()))
                .create();
        return longRead;
    }

    @Test
    void aVeryLongArticlesStatementsComeAPageAtATime() {
        long id = aVeryLongAnalysedArticle();
        FindingsView view = navigate(FindingsView.class, id);

        assertThat(view.list.getChildren()).hasSize(FindingsView.PAGE);
        assertThat(find(TextField.class).all()).hasSize(2 * FindingsView.PAGE);
        assertThat(componentsIn(view)).isLessThan(3_000);
        assertThat(view.range.getText()).isEqualTo("Statements 1 to 25 of 2000");
        assertThat(view.previous.isEnabled()).isFalse();

        test(view.next).click();

        assertThat(view.range.getText()).isEqualTo("Statements 26 to 50 of 2000");
        assertThat(view.list.getElement().getAttribute("start")).isEqualTo("26");
        assertThat(find(TextField.class).all().getFirst().getValue()).isEqualTo("Official number 26");
    }

    private static long componentsIn(com.vaadin.flow.component.Component root) {
        return 1 + root.getChildren().mapToLong(FindingsViewTest::componentsIn).sum();
    }
}
