package org.sourcewise.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.sourcewise.live.LiveBroadcaster;
import org.sourcewise.live.LiveException;
import org.sourcewise.live.LiveService;
import org.sourcewise.live.SeatScreen;

/**
 * A participant's phone: big answer buttons while a question is open, then whether they were right, their points
 * and their place. Everything comes from the seat the browser's session holds, so a reload finds the same seat and
 * score.
 */
@Route(value = "live/play", autoLayout = false)
@PageTitle("Live quiz · Sourcewise")
@AnonymousAllowed
class LivePlayView extends Div implements BeforeEnterObserver {

    final Div stage = new Div();
    final Div message = new Div();
    final Span score = new Span();

    private final LiveService live;
    private final LiveBroadcaster broadcaster;
    private String token;
    private String rendered = "";
    private Runnable unsubscribe;

    LivePlayView(LiveService live, LiveBroadcaster broadcaster) {
        this.live = live;
        this.broadcaster = broadcaster;
        addClassName("live-play");
        stage.addClassName("live-stage");
        score.addClassName("live-score");
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = SeatToken.current();
        Optional<SeatScreen> seat = token == null ? Optional.empty() : live.seat(token);
        removeAll();
        if (seat.isEmpty()) {
            add(new H1("You are not in a live quiz"), new Paragraph("Join with the code on your teacher's screen."),
                    new Anchor("live", "Join a live quiz"));
            return;
        }
        add(score, stage, message);
        render(seat.get());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        Optional<SeatScreen> seat = token == null ? Optional.empty() : live.seat(token);
        seat.ifPresent(s -> unsubscribe = broadcaster.subscribe(s.sessionId(), false, task -> ui.access(task::run), this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void refresh() {
        live.seat(token).ifPresentOrElse(this::render, () -> {
            stage.removeAll();
            stage.add(new H2("This live quiz is over."));
        });
    }

    private void render(SeatScreen seat) {
        score.setText(seat.nickname() + " · " + seat.points() + " points");
        String step = seat.phase() + "/" + (seat.question() == null ? 0 : seat.question().number()) + "/"
                + seat.myChoice() + "/" + seat.rank() + "/" + seat.removed();
        if (step.equals(rendered)) {
            return;
        }
        rendered = step;
        stage.removeAll();
        if (seat.removed()) {
            stage.add(new H2("Your teacher removed you from this session."));
            return;
        }
        switch (seat.phase()) {
            case LOBBY -> stage.add(new H2("You're in!"), new Paragraph("Wait for your teacher to start."));
            case OPEN -> question(seat);
            case CLOSED -> stage.add(new H2("Answers are locked."), yourAnswer(seat));
            case ANSWER -> stage.add(verdict(seat), yourAnswer(seat));
            case LEADERBOARD -> stage.add(new H2("Scores"), place(seat));
            case PODIUM, ENDED -> stage.add(new H2("Final scores"), place(seat));
        }
    }

    private void question(SeatScreen seat) {
        stage.add(new H2("Question " + seat.question().number() + " of " + seat.question().of()));
        Paragraph stem = new Paragraph(seat.question().stem());
        stem.addClassName("live-stem");
        stage.add(stem);
        if (seat.myChoice() >= 0) {
            stage.add(new Paragraph("Answer locked in: " + Choices.letter(seat.myChoice()) + ". "
                    + seat.question().choices().get(seat.myChoice()) + ". Wait for the others."));
            return;
        }
        stage.add(new Countdown(seat.deadline()));
        Div buttons = new Div();
        buttons.addClassName("live-answers");
        List<String> choices = seat.question().choices();
        for (int i = 0; i < choices.size(); i++) {
            int choice = i;
            Button answer = new Button(Choices.letter(i) + ". " + choices.get(i),
                    event -> answer(seat.question().number(), choice));
            answer.addClassName("live-answer");
            answer.setId("answer-" + i);
            answer.setDisableOnClick(true);
            buttons.add(answer);
        }
        stage.add(buttons);
    }

    private void answer(int number, int choice) {
        try {
            render(live.answer(token, number, choice));
            message.setText("");
        } catch (LiveException e) {
            message.setText(e.getMessage());
            rendered = "";
            refresh();
        }
    }

    private static Paragraph yourAnswer(SeatScreen seat) {
        return new Paragraph(seat.myChoice() < 0 ? "You did not answer this one."
                : "Your answer: " + Choices.letter(seat.myChoice()) + ". " + seat.question().choices()
                        .get(seat.myChoice()));
    }

    private static H2 verdict(SeatScreen seat) {
        String right = Choices.letter(seat.rightChoice()) + ". " + seat.question().choices().get(seat.rightChoice());
        H2 verdict = new H2(seat.myChoice() == seat.rightChoice() ? "Right! +" + seat.lastPoints() + " points"
                : "Not this time. The answer: " + right);
        verdict.addClassName("live-verdict");
        return verdict;
    }

    private static Paragraph place(SeatScreen seat) {
        Paragraph place = new Paragraph(seat.rank() == 0 ? "Your teacher is keeping the scores hidden for now."
                : "You are " + Choices.ordinal(seat.rank()) + " of " + seat.participants() + " with " + seat.points()
                        + " points.");
        place.addClassName("live-place");
        return place;
    }
}
