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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.live.LiveBroadcaster;
import org.sourcewise.live.LiveSeats;
import org.sourcewise.live.SeatScreen;

/**
 * A participant's phone: big answer buttons while a question is open, then whether they were right, their points
 * and their place. Everything comes from the seat the browser's session holds, so a reload finds the same seat and
 * score. The same few elements are updated at each step rather than built anew, because every step is pushed to
 * every phone in the room at once.
 */
@Route(value = "live/play", autoLayout = false)
@PageTitle("Live quiz · Sourcewise")
@AnonymousAllowed
class LivePlayView extends Div implements BeforeEnterObserver {

    final Span score = new Span();
    final H2 heading = new H2();
    final Paragraph stem = new Paragraph();
    final Paragraph detail = new Paragraph();
    final Countdown countdown = new Countdown();
    final Div answers = new Div();
    final FormMessage message = new FormMessage();

    private final List<Button> buttons = new ArrayList<>();
    private final LiveSeats live;
    private final Following following;
    private String token;
    private String rendered = "";
    private int number;

    LivePlayView(LiveSeats live, LiveBroadcaster broadcaster) {
        this.live = live;
        this.following = new Following(broadcaster);
        addClassName("live-play");
        score.addClassName("live-score");
        stem.addClassName("live-stem");
        answers.addClassName("live-answers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = SeatToken.current();
        Optional<SeatScreen> seat = token == null ? Optional.empty() : live.seat(token);
        removeAll();
        if (seat.isEmpty()) {
            add(
                    new H1("You are not in a live quiz"),
                    new Paragraph("Join with the code on your teacher's screen."),
                    new Anchor("live", "Join a live quiz"));
            return;
        }
        Div stage = new Div(heading, stem, countdown, answers, detail);
        stage.addClassName("live-stage");
        add(score, stage, message);
        render(seat.get());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        Optional<SeatScreen> seat = token == null ? Optional.empty() : live.seat(token);
        seat.ifPresent(s -> following.start(ui, s.sessionId(), false, this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        following.stop();
    }

    private void refresh() {
        live.seat(token).ifPresentOrElse(this::render, () -> show("This live quiz is over.", ""));
    }

    private void render(SeatScreen seat) {
        score.setText(seat.nickname() + " · " + seat.points() + " points");
        String step = seat.phase() + "/"
                + (seat.question() == null ? 0 : seat.question().number()) + "/" + seat.myChoice() + "/" + seat.rank()
                + "/" + seat.removed();
        if (step.equals(rendered)) {
            return;
        }
        rendered = step;
        heading.removeClassName("live-verdict");
        detail.removeClassName("live-place");
        if (seat.removed()) {
            show("Your teacher removed you from this session.", "");
            return;
        }
        switch (seat.phase()) {
            case LOBBY -> show("You're in!", "Wait for your teacher to start.");
            case OPEN -> question(seat);
            case CLOSED -> show("Answers are locked.", yourAnswer(seat));
            case ANSWER -> {
                show(verdict(seat), yourAnswer(seat));
                heading.addClassName("live-verdict");
            }
            case LEADERBOARD -> place("Scores", seat);
            case PODIUM, ENDED -> place("Final scores", seat);
        }
    }

    private void show(String headingText, String detailText) {
        heading.setText(headingText);
        detail.setText(detailText);
        stem.setVisible(false);
        countdown.setVisible(false);
        answers.setVisible(false);
    }

    private void question(SeatScreen seat) {
        heading.setText("Question " + seat.question().number() + " of "
                + seat.question().of());
        stem.setText(seat.question().stem());
        stem.setVisible(true);
        List<String> choices = seat.question().choices();
        if (seat.myChoice() >= 0) {
            detail.setText("Answer locked in: " + Choices.letter(seat.myChoice()) + ". " + choices.get(seat.myChoice())
                    + ". Wait for the others.");
            countdown.setVisible(false);
            answers.setVisible(false);
            return;
        }
        detail.setText("");
        if (number != seat.question().number()) {
            number = seat.question().number();
            countdown.start(seat.deadline());
        }
        countdown.setVisible(true);
        while (buttons.size() < choices.size()) {
            int choice = buttons.size();
            Button answer = new Button("", event -> answer(choice));
            answer.addClassName("live-answer");
            answer.setId("answer-" + choice);
            answer.setDisableOnClick(true);
            buttons.add(answer);
            answers.add(answer);
        }
        for (int i = 0; i < buttons.size(); i++) {
            Button button = buttons.get(i);
            button.setVisible(i < choices.size());
            button.setEnabled(true);
            button.setText(i < choices.size() ? Choices.letter(i) + ". " + choices.get(i) : "");
        }
        answers.setVisible(true);
    }

    private void answer(int choice) {
        if (message.attempt(() -> render(live.answer(token, number, choice)))) {
            message.clear();
        } else {
            rendered = "";
            refresh();
        }
    }

    private void place(String headingText, SeatScreen seat) {
        show(
                headingText,
                seat.rank() == 0
                        ? "Your teacher is keeping the scores hidden for now."
                        : "You are " + Choices.ordinal(seat.rank()) + " of " + seat.participants() + " with "
                                + seat.points() + " points.");
        detail.addClassName("live-place");
    }

    private static String yourAnswer(SeatScreen seat) {
        return seat.myChoice() < 0
                ? "You did not answer this one."
                : "Your answer: " + Choices.letter(seat.myChoice()) + ". "
                        + seat.question().choices().get(seat.myChoice());
    }

    private static String verdict(SeatScreen seat) {
        String right = Choices.letter(seat.rightChoice()) + ". "
                + seat.question().choices().get(seat.rightChoice());
        return seat.myChoice() == seat.rightChoice()
                ? "Right! +" + seat.lastPoints() + " points"
                : "Not this time. The answer: " + right;
    }
}
