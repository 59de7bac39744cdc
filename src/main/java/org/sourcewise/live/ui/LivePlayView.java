package org.sourcewise.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.live.LiveBroadcaster;
import org.sourcewise.live.LiveSeats;
import org.sourcewise.live.SeatFeed;
import org.sourcewise.live.SeatScreen;

/**
 * A participant's phone: big answer buttons while a question is open, each with the letter, colour and shape the
 * projector shows for it and its whole text, however long; then whether they were right, in words and colour, their
 * points and the evidence sentence; then their place. Everything comes from the seat the browser's session holds, so
 * a reload finds the same seat and score. The same few elements are updated at each step rather than built anew,
 * because every step is pushed to every phone in the room at once.
 */
@Route(value = "live/play", autoLayout = false)
@PageTitle("Live quiz · Sourcewise")
@AnonymousAllowed
class LivePlayView extends Div implements BeforeEnterObserver {

    /** Multiple-choice questions mostly have four choices; a question with more makes the rest when it comes. */
    private static final int USUAL_CHOICES = 4;

    final Span score = new Span();
    final H2 heading = new H2();
    final Paragraph stem = new Paragraph();
    final Paragraph detail = new Paragraph();
    final Countdown countdown = new Countdown();
    final Div answers = new Div();
    final Paragraph evidenceText = new Paragraph();
    final Div evidence = new Div(new Span("The evidence in the article:"), evidenceText);
    final FormMessage message = new FormMessage();

    private final List<Button> buttons = new ArrayList<>();
    private final List<Span> texts = new ArrayList<>();
    private final LiveSeats live;
    private final Following following;
    private @Nullable String token;
    private SeatFeed feed = Optional::empty;
    private String rendered = "";
    private int number;

    LivePlayView(LiveSeats live, LiveBroadcaster broadcaster) {
        this.live = live;
        this.following = new Following(broadcaster);
        addClassName("live-play");
        score.addClassName("live-score");
        stem.addClassName("live-stem");
        answers.addClassName("live-answers");
        answers.getElement().setAttribute("role", "group");
        answers.getElement().setAttribute("aria-label", "Answers");
        evidence.addClassName("live-evidence");
        evidenceText.addClassName("live-evidence-text");
        // Each part's text node is made with the page, so that no step has to make one for every phone at once.
        List.of(stem, detail, evidenceText).forEach(part -> write(part, ""));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = SeatToken.current();
        feed = live.follow(token);
        Optional<SeatScreen> seat = feed.screen();
        removeAll();
        if (seat.isEmpty()) {
            add(
                    new H1("You are not in a live quiz"),
                    new Paragraph("Join with the code on your teacher's screen."),
                    new Anchor("live", "Join a live quiz"));
            return;
        }
        Div stage = new Div(heading, stem, countdown, answers, detail, evidence);
        stage.addClassName("live-stage");
        add(score, stage, message);
        makeButtons(USUAL_CHOICES);
        render(seat.get());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        feed.screen().ifPresent(s -> following.start(ui, s.sessionId(), false, this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        following.stop();
    }

    private void refresh() {
        feed.screen().ifPresentOrElse(this::render, () -> show("This live quiz is over.", ""));
    }

    private void render(SeatScreen seat) {
        write(score, seat.nickname() + " · " + seat.points() + " points");
        String step = seat.phase() + "/"
                + (seat.question() == null ? 0 : seat.asked().number()) + "/" + seat.myChoice() + "/" + seat.rank()
                + "/" + seat.removed();
        if (step.equals(rendered)) {
            return;
        }
        rendered = step;
        heading.removeClassNames("live-verdict", "right", "wrong");
        detail.removeClassName("live-place");
        if (seat.removed()) {
            show("Your teacher removed you from this session.", "");
            return;
        }
        switch (seat.phase()) {
            case LOBBY -> show("You're in!", "Wait for your teacher to start.");
            case OPEN -> question(seat);
            case CLOSED -> show("Answers are locked.", yourAnswer(seat));
            case ANSWER -> verdict(seat);
            case LEADERBOARD -> place("Scores", seat);
            case PODIUM, ENDED -> place("Final scores", seat);
        }
    }

    private void show(String headingText, String detailText) {
        write(heading, headingText);
        write(detail, detailText);
        display(stem, false);
        display(countdown, false);
        display(answers, false);
        display(evidence, false);
    }

    private void question(SeatScreen seat) {
        write(
                heading,
                "Question " + seat.asked().number() + " of " + seat.asked().of());
        write(stem, seat.asked().stem());
        display(stem, true);
        display(evidence, false);
        List<String> choices = seat.asked().choices();
        if (seat.myChoice() >= 0) {
            write(
                    detail,
                    "Answer locked in: " + Choices.named(seat.myChoice(), choices.get(seat.myChoice()))
                            + ". Wait for the others.");
            display(countdown, false);
            display(answers, false);
            return;
        }
        write(detail, "");
        boolean asked = number != seat.asked().number();
        if (asked) {
            number = seat.asked().number();
            countdown.start(seat.closesAt());
        }
        display(countdown, true);
        makeButtons(choices.size());
        for (int i = 0; i < buttons.size(); i++) {
            Button button = buttons.get(i);
            boolean shown = i < choices.size();
            display(button, shown);
            // Only the clicked button was disabled; re-enabling the others would push a script call for each.
            if (!button.isEnabled()) {
                button.setEnabled(true);
            }
            write(texts.get(i), shown ? choices.get(i) : "");
            button.setAriaLabel(shown ? Choices.named(i, choices.get(i)) : null);
        }
        display(answers, true);
        // A new question takes the focus to its first answer, where the last one's focus was lost with its button.
        if (asked) {
            buttons.getFirst().focus();
        }
    }

    /**
     * The answer buttons, made once and reused. The usual number is made with the page, in the lobby, so that the
     * first question's push to every phone carries only texts, not four new buttons each.
     */
    private void makeButtons(int count) {
        while (buttons.size() < count) {
            int choice = buttons.size();
            Span text = new Span();
            text.addClassName("live-answer-text");
            write(text, "");
            Button answer = new Button("", event -> answer(choice));
            answer.setPrefixComponent(Choices.key(choice));
            answer.getElement().appendChild(text.getElement());
            answer.addClassNames("live-answer", Choices.keyClass(choice));
            answer.setId("answer-" + choice);
            answer.setDisableOnClick(true);
            buttons.add(answer);
            texts.add(text);
            answers.add(answer);
        }
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

    /**
     * Shows or hides a part of the phone by the {@code hidden} attribute, not {@code setVisible}: Vaadin sends nothing
     * of an invisible component until it is shown, so the first question would carry every phone's whole answer
     * buttons at once, in the one push that must reach the room fastest. Hidden parts travel with the page instead,
     * and each question changes only words and this attribute. A hidden part holds nothing a student may not see yet:
     * the key is never written into the phone, and the evidence only once the answer is shown.
     */
    private static void display(Component part, boolean shown) {
        if (displayed(part) != shown) {
            part.getElement().setAttribute("hidden", !shown);
        }
    }

    /** Whether a part of the phone is shown ({@link #display}). */
    static boolean displayed(Component part) {
        return !part.getElement().hasAttribute("hidden");
    }

    /**
     * Sets the words only when they change, and then as the text of the part's one text node: Vaadin's
     * {@code setText} takes the element's text out and puts it back even when it reuses the node, or makes a new node
     * where the text was empty, three changes more to encode and push to every phone in the room at each step.
     */
    private static void write(HasText target, String text) {
        Element element = target.getElement();
        if (element.getChildCount() == 1 && element.getChild(0).isTextNode()) {
            Element words = element.getChild(0);
            if (!words.getText().equals(text)) {
                words.setText(text);
            }
        } else if (!target.getText().equals(text) || element.getChildCount() == 0) {
            element.removeAllChildren();
            element.appendChild(Element.createText(text));
        }
    }

    private static String yourAnswer(SeatScreen seat) {
        return seat.myChoice() < 0
                ? "You did not answer this one."
                : "Your answer: "
                        + Choices.named(seat.myChoice(), seat.asked().choices().get(seat.myChoice()));
    }

    /** Right or wrong in words as well as colour, what it earned, and the article's words that settle it. */
    private void verdict(SeatScreen seat) {
        String answer = Choices.named(seat.rightChoice(), seat.asked().choices().get(seat.rightChoice()));
        boolean right = seat.myChoice() == seat.rightChoice();
        show(
                right
                        ? "Right! +" + seat.lastPoints() + " points"
                        : (seat.myChoice() < 0 ? "No answer this time." : "Not this time.") + " The answer: " + answer,
                right || seat.myChoice() < 0 ? yourAnswer(seat) : yourAnswer(seat) + " · 0 points");
        heading.addClassNames("live-verdict", right ? "right" : "wrong");
        write(evidenceText, seat.evidence());
        display(evidence, !seat.evidence().isBlank());
    }
}
