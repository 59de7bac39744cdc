package org.sourcewise.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.statement.StatementService;
import org.sourcewise.statement.StatementView;
import org.sourcewise.statement.StoredFindings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A teacher corrects the statements found in an article, on the real app context. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class FindingsViewTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StatementService statements;

    private PracticeFixture fixture;

    @BeforeEach
    void aTeacherWithAnAnalysedArticle() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        StoredFindings.store(context, fixture.articleId(), BudgetArticle.RESULT);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Button button(String ariaLabel) {
        return find(Button.class).withCondition(b -> b.getAriaLabel().orElse("").equals(ariaLabel)).single();
    }

    @Test
    void correctingASpeakerIsSavedAndSaysSo() {
        FindingsView view = navigate(FindingsView.class, fixture.articleId());
        ListItem first = find(ListItem.class).withClassName("finding").first();

        test(find(TextField.class, first).withCaption("Speaker").single()).setValue("Jason Kenney");
        test(button("Save statement 1")).click();

        List<StatementView> stored = statements.statementsOf(fixture.articleId());
        assertThat(stored.getFirst().speakerName()).isEqualTo("Jason Kenney");
        assertThat(view.message.getText()).isEqualTo("Saved statement 1; the questions were generated again.");
    }

    @Test
    void anEmptySpeakerIsRefusedWithAMessageAndNothingSaved() {
        FindingsView view = navigate(FindingsView.class, fixture.articleId());
        StatementView before = statements.statementsOf(fixture.articleId()).getFirst();
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
}
