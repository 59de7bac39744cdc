package org.sourcewise.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.live.LiveService;
import org.sourcewise.practice.PracticeFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The live views on the real app context: joining, the phone across a reload, the teacher's controls. */
@Tier.Spring
@SourcewiseSpringTest
class LiveViewsTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private LiveService live;

    private PracticeFixture fixture;
    private long sessionId;
    private String code;

    @BeforeEach
    void aRunningSession() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        sessionId = live.start(fixture.classroomId(), fixture.quizId(), 60);
        code = live.follow(sessionId).screen().joinCode();
        SignedIn.nobody();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aWrongCodeIsSaidAndNothingIsJoined() {
        LiveJoinView view = navigate(LiveJoinView.class);
        test(view.code).setValue("WRONG2");
        test(view.nickname).setValue("Kim");
        test(view.join).click();
        assertThat(view.message.getText())
                .isEqualTo("There is no live session with this code. Check the code on the projector.");
        assertThat(view.nickname.getMaxLength())
                .as("never cuts a name of 20 characters, emoji included")
                .isEqualTo(41);
    }

    @Test
    void aNicknameJoinsTheSeatSurvivesAReloadAndAnAnswerLocksIn() {
        LiveJoinView join = navigate(LiveJoinView.class);
        test(join.code).setValue(code);
        test(join.nickname).setValue("<script>x</script>");
        test(join.join).click();
        LivePlayView phone = (LivePlayView) getCurrentView();
        assertThat(phone.heading.getText()).isEqualTo("You're in!");
        assertThat(phone.score.getText()).isEqualTo("<script>x</script> · 0 points");

        fixture.asTeacher();
        live.next(sessionId);
        SignedIn.nobody();
        phone = navigate(LivePlayView.class);
        assertThat(phone.heading.getText()).startsWith("Question 1 of ");
        Button first = find(Button.class).withId("answer-0").single();
        test(first).click();
        assertThat(phone.detail.getText()).startsWith("Answer locked in: A. ");
        assertThat(phone.answers.isVisible()).isFalse();

        // Back on the join page without a code, the browser is sent to its seat.
        assertThat(navigate("live", LivePlayView.class).heading.getText()).startsWith("Question 1 of ");
    }

    @Test
    void theTeacherMovesTheSessionOnFromTheirScreen() {
        fixture.asTeacher();
        HostView host = navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        assertThat(host.next.getText()).isEqualTo("Start question 1");
        test(host.next).click();
        assertThat(host.next.getText()).isEqualTo("Close answers");
        assertThat(host.answered.getText()).isEqualTo("0 of 0 answered");
        test(host.next).click();
        assertThat(host.next.getText()).isEqualTo("Show the answer");
    }

    @Test
    void anotherTeacherFindsNoSuchSession() {
        PracticeFixture.create(context).asTeacher();
        navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Live session not found");
    }
}
