package org.sourcewise.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.common.Refusal;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

/** What a person sees when a button's action fails and no form caught it, on the real app context. */
@Tier.Spring
@SourcewiseSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ViewErrorHandlerTest extends SpringBrowserlessTest {

    private static final class Refused extends Refusal {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Clicks a button whose listener throws, the way Vaadin runs a queued task: what it throws goes to the session's
     * error handler, as a listener's exception does in a browser's request, rather than back to the test.
     */
    private void clickThrowing(RuntimeException thrown) {
        Button button = new Button("Do it", event -> {
            throw thrown;
        });
        UI.getCurrent().add(button);
        UI.getCurrent().access(() -> test(button).click());
        VaadinSession session = VaadinSession.getCurrent();
        session.unlock();
        session.lock();
    }

    private String notificationText() {
        return test(find(Notification.class).single()).getText();
    }

    @Test
    void aRefusalNoFormCaughtShowsItsReasonInAnErrorNotification() {
        clickThrowing(new Refused("This class is archived and takes no new students."));

        assertThat(notificationText()).isEqualTo("This class is archived and takes no new students.");
        assertThat(find(Notification.class).single().getThemeNames()).contains("error");
    }

    @Test
    void anAccessRuleRefusingTheActionSaysSoInPlainWords() {
        clickThrowing(new AccessDeniedException("Access Denied"));

        assertThat(notificationText()).isEqualTo("You may not do this.");
    }

    @Test
    void anUnexpectedExceptionShowsAnApologyAndNothingOfTheException(CapturedOutput log) {
        clickThrowing(new IllegalStateException("row 42 of table attempt_answer is locked"));

        assertThat(notificationText())
                .isEqualTo(ViewErrorHandler.UNEXPECTED)
                .doesNotContain("row 42")
                .doesNotContain("IllegalStateException");
        assertThat(log.getOut())
                .contains("ERROR")
                .contains("Unexpected error in a view")
                .contains("java.lang.IllegalStateException: row 42 of table attempt_answer is locked")
                .contains("at org.sourcewise.common.ui.ViewErrorHandlerTest");
    }

    @Test
    void aBrowserThatLeftBeforeItsResponseWasWrittenIsNeitherToldNorLoggedAsAnError(CapturedOutput log) {
        clickThrowing(new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe"))));

        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(log.getOut()).doesNotContain("Unexpected error in a view").doesNotContain("Broken pipe");
    }
}
