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
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.live.LiveLimits;
import org.sourcewise.live.LiveService;
import org.sourcewise.security.Roles;

/** A teacher starts a live session of one of their class's quizzes, choosing the time per question. */
@Route("live/start/:classroomId/:quizId")
@PageTitle("Run a quiz live · Sourcewise")
@RolesAllowed(Roles.TEACHER)
class LiveStartView extends VerticalLayout implements BeforeEnterObserver {

    final IntegerField seconds = new IntegerField("Seconds per question");
    final Button start = new Button("Start the live session");
    final FormMessage message = new FormMessage();

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
        add(
                new H1("Run a quiz live"),
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
        add(new Anchor("classes/" + classroomId, "\u2190 Back to the class"));
    }

    private void start() {
        int chosen = seconds.getValue() == null ? -1 : seconds.getValue();
        message.attempt(() -> live.start(classroomId, quizId, chosen))
                .ifPresent(sessionId -> getUI().ifPresent(ui -> ui.navigate("live/host/" + sessionId)));
    }
}
