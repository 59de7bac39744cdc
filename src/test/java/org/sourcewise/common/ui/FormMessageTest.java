package org.sourcewise.common.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.common.Refusal;

/** The form message alone: what it shows after an action is refused, done, or fails for another reason. */
@Tier.Fast
class FormMessageTest {

    private static final class Refused extends Refusal {
        Refused(String message) {
            super(message);
        }
    }

    @Test
    void aRefusedActionShowsItsReasonAsAnErrorAndCountsAsNotDone() {
        FormMessage message = new FormMessage();

        Runnable refused = () -> {
            throw new Refused("The two passwords are not the same.");
        };
        boolean done = message.attempt(refused);

        assertThat(done).isFalse();
        assertThat(message.getText()).isEqualTo("The two passwords are not the same.");
        assertThat(message.getClassNames()).contains("form-message", "error");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void anActionThatSucceedsGivesItsResultAndLeavesTheMessageAlone() {
        FormMessage message = new FormMessage();

        Optional<Long> result = message.attempt(() -> 7L);

        assertThat(result).contains(7L);
        assertThat(message.getText()).isEmpty();
        assertThat(message.getClassNames()).doesNotContain("error");
    }

    @Test
    void whatWasDoneReplacesAnEarlierErrorAndItsMark() {
        FormMessage message = new FormMessage();
        message.showError("Choose an article first.");

        message.showDone("The quiz is assigned.");

        assertThat(message.getText()).isEqualTo("The quiz is assigned.");
        assertThat(message.getClassNames()).doesNotContain("error");
    }

    @Test
    void anExceptionThatIsNoRefusalIsNotShownHereButGoesOnToTheErrorHandler() {
        FormMessage message = new FormMessage();

        assertThatThrownBy(() -> message.attempt(() -> {
                    throw new IllegalStateException("database gone");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(message.getText()).isEmpty();
    }

    @Test
    void aStatusMessageIsReadOutPolitely() {
        assertThat(FormMessage.status().getElement().getAttribute("role")).isEqualTo("status");
    }
}
