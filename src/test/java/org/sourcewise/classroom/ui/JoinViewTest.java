package org.sourcewise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.NewAccount;

/** The join page as an anonymous visitor uses it, on the real app context. */
@Tier.Spring
@SourcewiseSpringTest
class JoinViewTest extends SpringBrowserlessTest {

    @Test
    void aLinkWithTheCodeFillsItIn() {
        UI.getCurrent().navigate(JoinView.class, QueryParameters.of("code", "ABCD2345"));
        JoinView view = (JoinView) UI.getCurrent().getCurrentView();

        assertThat(view.code.getValue()).isEqualTo("ABCD2345");
    }

    @Test
    void wrongCodeShowsTheReasonAndKeepsTheForm() {
        JoinView view = navigate(JoinView.class);
        test(view.code).setValue("ZZZZZZZZ");
        test(view.name).setValue("Sam Student");
        test(view.password).setValue("my long password");
        test(view.repeat).setValue("my long password");

        test(view.join).click();

        assertThat(view.message.getText())
                .isEqualTo("There is no class with this code. Check the code with your teacher.");
        assertThat(find(H1.class).single().getText()).isEqualTo("Join your class");
    }

    @Test
    void differentPasswordsAreCaughtBeforeAnythingIsSent() {
        JoinView view = navigate(JoinView.class);
        test(view.password).setValue("my long password");
        test(view.repeat).setValue("my long passwort");

        test(view.join).click();

        assertThat(view.message.getText()).isEqualTo("The two passwords are not the same.");
    }

    @Test
    void aNameOverTheLimitIsNotCutByTheFieldSoTheCheckThatSaysTheLimitSeesIt() {
        JoinView view = navigate(JoinView.class);

        assertThat(view.name.getMaxLength())
                .as("one over the service's limit, whose refusal names it")
                .isEqualTo(NewAccount.MAX_USERNAME + 1);
    }
}
