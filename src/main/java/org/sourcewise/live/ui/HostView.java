package org.sourcewise.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import org.sourcewise.common.Refusal;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.common.ui.JoinQrCode;
import org.sourcewise.live.HostFeed;
import org.sourcewise.live.HostScreen;
import org.sourcewise.live.LeaderboardMode;
import org.sourcewise.live.LiveBroadcaster;
import org.sourcewise.live.LivePhase;
import org.sourcewise.live.LiveResult;
import org.sourcewise.live.LiveService;
import org.sourcewise.live.Reveal;
import org.sourcewise.live.SessionSummary;
import org.sourcewise.live.Standing;
import org.sourcewise.security.Roles;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The teacher's screen, made for the projector: the join code and QR code, who joined, each question with its timer,
 * how the room answered, the answer with its evidence, the scores and the podium. Reloading it, or opening it on
 * another device, gives the teacher the same session back. Once the session has ended it shows the saved results.
 */
@Route(value = "live/host/:sessionId", autoLayout = false)
@PageTitle("Live session · Sourcewise")
@RolesAllowed(Roles.TEACHER)
class HostView extends Div implements BeforeEnterObserver {

    /** How many names the lobby and the scores show on the projector; the participants list has everyone. */
    private static final int SHOWN_NAMES = 60;

    private static final int SHOWN_STANDINGS = 10;

    final Div stage = new Div();
    final Span answered = new Span();
    final FormMessage message = new FormMessage();
    final RadioButtonGroup<LeaderboardMode> leaderboard = new RadioButtonGroup<>("Scores on the projector");
    final Grid<Standing> participants = new Grid<>();
    /** One button moves the session on, kept across redraws so that a click never lands on a replaced one. */
    final Button next = new Button();

    final Button end = new Button("End the session");

    private final LiveService live;
    private final Following following;
    private long sessionId;
    private HostFeed feed;
    private String joinPage;
    private String joinUrl;
    private String rendered = "";
    private List<Long> shownParticipants = List.of();

    HostView(LiveService live, LiveBroadcaster broadcaster) {
        this.live = live;
        this.following = new Following(broadcaster);
        addClassName("live-host");
        stage.addClassName("live-stage");
        answered.addClassName("live-answered");
        answered.getElement().setAttribute("aria-live", "polite");

        leaderboard.setItems(LeaderboardMode.values());
        leaderboard.setItemLabelGenerator(mode -> switch (mode) {
            case SHOWN -> "With names";
            case ANONYMISED -> "Without names";
            case HIDDEN -> "Hidden";
        });
        leaderboard.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                act(id -> live.showLeaderboard(id, event.getValue()));
            }
        });
        participants.addColumn(Standing::nickname).setHeader("Nickname").setFlexGrow(3);
        participants.addComponentColumn(this::removeButton).setAutoWidth(true);
        participants.setAriaLabel("Participants");
        participants.setAllRowsVisible(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("live-next");
        next.addClickListener(event -> act(live::next));
        // Ending reloads the page, which then shows the saved results.
        end.addClickListener(event -> {
            act(live::end);
            getUI().ifPresent(ui -> ui.getPage().setLocation("live/host/" + sessionId));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        joinPage = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/live")
                .toUriString();
        removeAll();
        try {
            if (!live.isRunning(sessionId)) {
                showResults(live.summary(sessionId));
                return;
            }
            feed = live.follow(sessionId);
            HostScreen screen = feed.screen();
            joinUrl = joinPage + "/" + screen.joinCode();
            Details everyone = new Details("Participants", participants);
            everyone.addClassName("live-participants");
            add(stage, new Div(next, end), message, new Div(leaderboard, everyone));
            render(screen);
        } catch (Refusal e) {
            add(new H1("Live session not found"), new Paragraph(e.getMessage()), new Anchor("classes", "My classes"));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (feed != null) {
            following.start(event.getUI(), sessionId, true, this::refresh);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        following.stop();
    }

    /** Runs on the teacher's request or pushed from a change elsewhere: it reads only the feed, never asks who. */
    private void refresh() {
        if (feed.running()) {
            render(feed.screen());
        } else {
            removeAll();
            add(new H1("This live session has ended"), new Anchor("live/host/" + sessionId, "See the results"));
        }
    }

    private void render(HostScreen screen) {
        answered.setText(screen.answered() + " of " + screen.participants().size() + " answered");
        // A remove button per row is costly to redraw, so the list is redrawn only when someone joins or leaves.
        List<Long> present =
                screen.participants().stream().map(Standing::participantId).toList();
        if (!present.equals(shownParticipants)) {
            shownParticipants = present;
            participants.setItems(screen.participants());
        }
        leaderboard.setValue(screen.leaderboard());
        // While answers come in only the count changes; the rest of the stage is redrawn when the step changes.
        String step = screen.phase() + "/"
                + (screen.question() == null ? 0 : screen.question().number()) + "/" + screen.leaderboard()
                + (screen.phase() == LivePhase.LOBBY ? "/" + screen.participants() : "");
        if (step.equals(rendered)) {
            return;
        }
        rendered = step;
        stage.removeAll();
        Div header = new Div(
                new Span(screen.title()), new Span("Join at " + joinPage + " with the code "), code(screen.joinCode()));
        header.addClassName("live-header");
        stage.add(header);
        switch (screen.phase()) {
            case LOBBY -> lobby(screen);
            case OPEN -> {
                question(screen);
                Countdown countdown = new Countdown();
                countdown.start(screen.deadline());
                stage.add(new Div(countdown, answered));
            }
            case CLOSED -> {
                question(screen);
                stage.add(chart(screen));
            }
            case ANSWER -> {
                question(screen);
                stage.add(chart(screen), evidence(screen.reveal()));
            }
            case LEADERBOARD ->
                stage.add(
                        new H2("Scores after question " + screen.question().number()),
                        standings(screen, SHOWN_STANDINGS));
            case PODIUM -> stage.add(new H2("The podium"), standings(screen, 3));
            case ENDED -> stage.add(new H2("This session has ended."));
        }
        next.setText(
                switch (screen.phase()) {
                    case LOBBY -> "Start question 1";
                    case OPEN -> "Close answers";
                    case CLOSED -> "Show the answer";
                    case ANSWER -> "Show the scores";
                    case LEADERBOARD -> screen.lastQuestion() ? "Show the podium" : "Next question";
                    case PODIUM, ENDED -> "";
                });
        next.setVisible(screen.phase() != LivePhase.PODIUM && screen.phase() != LivePhase.ENDED);
        end.setVisible(screen.phase() == LivePhase.PODIUM);
        if (screen.skipped() > 0) {
            stage.add(new Paragraph(screen.skipped() + " of this quiz's questions are skipped: ordering questions"
                    + " need the practice player."));
        }
    }

    private static Span code(String joinCode) {
        Span code = new Span(joinCode);
        code.addClassName("live-code");
        return code;
    }

    private void lobby(HostScreen screen) {
        Image qr = JoinQrCode.of(joinUrl);
        qr.addClassName("live-qr");
        stage.add(qr);
        List<Standing> joined = screen.participants();
        stage.add(new H2(joined.size() == 1 ? "1 joined" : joined.size() + " joined"));
        Div names = new Div();
        names.addClassName("live-names");
        joined.stream().limit(SHOWN_NAMES).forEach(p -> names.add(new Span(p.nickname())));
        if (joined.size() > SHOWN_NAMES) {
            names.add(new Span("and " + (joined.size() - SHOWN_NAMES) + " more"));
        }
        stage.add(names);
    }

    private void question(HostScreen screen) {
        stage.add(new H2("Question " + screen.question().number() + " of " + screen.questionCount()));
        Paragraph stem = new Paragraph(screen.question().stem());
        stem.addClassName("live-stem");
        stage.add(stem);
        if (screen.reveal() == null) {
            OrderedList choices = new OrderedList();
            choices.setType(OrderedList.NumberingType.UPPERCASE_LETTER);
            choices.addClassName("live-choices");
            screen.question().choices().forEach(c -> choices.add(new ListItem(c)));
            stage.add(choices);
        }
    }

    /** One bar per choice, its count as text; once shown, the right one says so in words. */
    private static Div chart(HostScreen screen) {
        Reveal reveal = screen.reveal();
        int most = Math.max(
                1,
                reveal.distribution().stream().mapToInt(Integer::intValue).max().orElse(1));
        Div chart = new Div();
        chart.addClassName("live-chart");
        List<String> choices = screen.question().choices();
        for (int i = 0; i < choices.size(); i++) {
            int count = reveal.distribution().get(i);
            boolean right = i == reveal.rightChoice();
            Div bar = new Div();
            bar.addClassName("live-bar");
            bar.getStyle().set("width", (100.0 * count / most) + "%");
            Div row = new Div(
                    new Span(Choices.letter(i) + ". " + choices.get(i) + (right ? " ✓ right answer" : "")),
                    bar,
                    new Span(count == 1 ? "1 answer" : count + " answers"));
            row.addClassName("live-chart-row");
            if (right) {
                row.addClassName("right");
            }
            chart.add(row);
        }
        return chart;
    }

    private static Component evidence(Reveal reveal) {
        Div box = new Div();
        box.addClassName("live-evidence");
        if (!reveal.evidence().isBlank()) {
            Paragraph quote = new Paragraph("“" + reveal.evidence() + "”");
            quote.addClassName("live-evidence-text");
            box.add(new Span("The evidence in the article:"), quote);
        }
        if (!reveal.explanation().isBlank()) {
            box.add(new Paragraph(reveal.explanation()));
        }
        return box;
    }

    private static Component standings(HostScreen screen, int top) {
        if (screen.leaderboard() == LeaderboardMode.HIDDEN && screen.phase() != LivePhase.PODIUM) {
            return new Paragraph("Scores are hidden; each student sees their own on their device.");
        }
        OrderedList list = new OrderedList();
        list.addClassName("live-standings");
        for (Standing standing : screen.standings().stream().limit(top).toList()) {
            String who = screen.leaderboard() == LeaderboardMode.ANONYMISED ? "" : standing.nickname() + ": ";
            ListItem item = new ListItem(Choices.ordinal(standing.rank()) + " " + who + standing.points() + " points");
            list.add(item);
        }
        return list;
    }

    private Button removeButton(Standing participant) {
        Button remove = new Button("Remove", event -> act(id -> live.remove(id, participant.participantId())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + participant.nickname());
        return remove;
    }

    /** Runs a teacher's action and redraws at once; other screens hear of it through the broadcaster. */
    private void act(Consumer<Long> action) {
        if (message.attempt(() -> action.accept(sessionId))) {
            message.clear();
            refresh();
        }
    }

    private void showResults(SessionSummary summary) {
        Grid<LiveResult> results = new Grid<>();
        results.addColumn(LiveResult::nickname).setHeader("Participant").setFlexGrow(3);
        results.addColumn(r -> r.signedIn() ? "signed in" : "nickname").setHeader("Joined as");
        results.addColumn(r -> r.right() + " of " + r.answered()).setHeader("Right");
        results.addColumn(LiveResult::points).setHeader("Points");
        results.addColumn(r -> r.removed() ? "removed" : "").setHeader("");
        results.setItems(summary.results());
        results.setAllRowsVisible(true);
        results.setAriaLabel("Results");
        add(
                new H1("Results: " + summary.title()),
                new Paragraph(summary.results().size()
                        + " took part. Signed-in students' answers also appear in the class's quiz report."),
                results,
                new Anchor("classes", "My classes"));
    }
}
