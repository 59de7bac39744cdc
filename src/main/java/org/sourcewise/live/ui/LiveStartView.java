package org.sourcewise.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcewise.common.Refusal;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.live.LiveLimits;
import org.sourcewise.live.LivePlan;
import org.sourcewise.live.LiveService;
import org.sourcewise.security.Roles;

/**
 * A teacher starts a live session of any quiz they may use with one of their classes, choosing the time per question;
 * the page says first what will be played and whether the answers count in the class's reports.
 */
@Route("live/start/:classroomId/:quizId")
@PageTitle("Run a quiz live · Sourcewise")
@RolesAllowed(Roles.TEACHER)
class LiveStartView extends VerticalLayout implements BeforeEnterObserver {

    final IntegerField seconds = new IntegerField("Seconds per question");
    final Button start = new Button("Start the live session");
    final FormMessage message = new FormMessage();
    final Paragraph plan = new Paragraph();
    final Paragraph counting = new Paragraph();

    private final LiveService live;
    private long classroomId;
    private long quizId;

    LiveStartView(LiveService live) {
        this.live = live;
        addClassName("form-view");
        seconds.setMin(LiveLimits.MIN_SECONDS);
        seconds.setMax(LiveLimits.MAX_SECONDS);
        seconds.setValue(LiveLimits.DEFAULT_SECONDS);
        seconds.setStepButtonsVisible(true);
        seconds.setHelperText(LiveLimits.MIN_SECONDS + " to " + LiveLimits.MAX_SECONDS
                + ". Answers lock when time is up or when you close the question.");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(event -> start());
        counting.addClassName("live-counting");
        add(
                new H1("Run a quiz live"),
                plan,
                counting,
                new Paragraph("Your screen goes on the projector with a join code and a QR"
                        + " code; students join on their phones or laptops, signed in or with a nickname."),
                seconds,
                start,
                message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classroomId = event.getRouteParameters().getLong("classroomId").orElse(-1L);
        quizId = event.getRouteParameters().getLong("quizId").orElse(-1L);
        try {
            describe(live.plan(classroomId, quizId));
        } catch (Refusal e) {
            plan.setText(e.getMessage());
            counting.setVisible(false);
            seconds.setVisible(false);
            start.setVisible(false);
        }
        add(new Anchor("classes/" + classroomId, "\u2190 Back to the class"));
    }

    private void describe(LivePlan planned) {
        plan.setText("“" + planned.quiz() + "” with " + planned.classroom() + ": "
                + (planned.played() == 1 ? "1 question" : planned.played() + " questions") + " played live"
                + (planned.skipped() == 0
                        ? "."
                        : "; " + planned.skipped() + " skipped, since only questions with one right choice among"
                                + " several can be."));
        counting.setText(
                switch (planned.counting()) {
                    case IN_REPORTS ->
                        "Signed-in students' answers also count as their latest attempt at the quiz in the class's"
                                + " reports.";
                    case NOT_ASSIGNED ->
                        "This quiz is not assigned to " + planned.classroom() + ", so students' answers stay in this"
                                + " session's results and do not appear in the class's reports. Assign it first if"
                                + " they should.";
                    case PAST_DUE ->
                        "This quiz is past its due date for " + planned.classroom() + ", so students' answers stay in"
                                + " this session's results and do not change their attempts in the class's reports.";
                });
        start.setEnabled(planned.played() > 0);
        if (planned.played() == 0) {
            counting.setText("None of this quiz's questions can be played live: only questions with one right choice"
                    + " among several are; the others need the practice player.");
        }
    }

    private void start() {
        int chosen = seconds.getValue() == null ? -1 : seconds.getValue();
        message.attempt(() -> live.start(classroomId, quizId, chosen))
                .ifPresent(sessionId -> getUI().ifPresent(ui -> ui.navigate("live/host/" + sessionId)));
    }
}
