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
import com.vaadin.flow.component.html.UnorderedList;
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
 * The teacher's screen, made for the projector: the join code and QR code, who joined, each question with its timer
 * and its choices keyed by the letter, colour and shape the phones show, how the room answered, the answer with its
 * evidence, the scores and the podium. The controls stay in a bar at the foot of the screen, in reach whatever the
 * stage shows. Reloading it, or opening it on another device, gives the teacher the same session back. Once the
 * session has ended it shows the saved results.
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
    /** Everyone, with a remove button each: it fetches the rows in view, not a button per participant at once. */
    final Grid<Standing> participants = new Grid<>();

    private final H2 joinedCount = new H2();
    private final Div joinedNames = new Div();
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

    // beforeEnter follows the session and makes its links; the page of a session that is not found reads neither
    @SuppressWarnings("NullAway.Init")
    HostView(LiveService live, LiveBroadcaster broadcaster) {
        this.live = live;
        this.following = new Following(broadcaster);
        addClassName("live-host");
        stage.addClassName("live-stage");
        // The stage scrolls on its own when a question is long; keyboard users must be able to scroll it too.
        stage.getElement().setAttribute("tabindex", "0");
        stage.getElement().setAttribute("role", "region");
        stage.getElement().setAttribute("aria-label", "The session");
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
        participants.addClassName("live-participant-list");
        joinedNames.addClassName("live-names");
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
        removeClassName("live-running");
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
            Div buttons = new Div(next, end);
            buttons.addClassName("live-buttons");
            Div controls = new Div(buttons, message, leaderboard, everyone);
            controls.addClassName("live-controls");
            add(stage, controls);
            addClassName("live-running");
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
            removeClassName("live-running");
            add(new H1("This live session has ended"), new Anchor("live/host/" + sessionId, "See the results"));
        }
    }

    private void render(HostScreen screen) {
        answered.setText(screen.answered() + " of " + screen.participants().size() + " answered");
        // A remove button per row is costly to redraw, so the list is redrawn only when someone joins or leaves.
        List<Long> present =
                screen.participants().stream().map(Standing::participantId).toList();
        boolean joinedOrLeft = !present.equals(shownParticipants);
        if (joinedOrLeft) {
            shownParticipants = present;
            participants.setItems(screen.participants());
        }
        leaderboard.setValue(screen.leaderboard());
        // While students join or answer only the names and counts change; the rest of the stage, the QR code with
        // it, is redrawn when the step changes, so that a room joining does not send the whole stage per join.
        String step = screen.phase() + "/"
                + (screen.question() == null ? 0 : screen.asked().number()) + "/" + screen.leaderboard();
        if (step.equals(rendered)) {
            if (joinedOrLeft && screen.phase() == LivePhase.LOBBY) {
                showJoined(screen.participants());
            }
            return;
        }
        rendered = step;
        stage.removeAll();
        Div header = new Div(
                new Span(screen.title()), new Span("Join at " + joinPage + " with the code "), code(screen.joinCode()));
        header.addClassName("live-header");
        if (screen.phase() == LivePhase.LOBBY) {
            header.addClassName("lobby");
        }
        stage.add(header);
        switch (screen.phase()) {
            case LOBBY -> lobby(screen);
            case OPEN -> {
                Countdown countdown = new Countdown();
                countdown.start(screen.closesAt());
                question(screen, new Div(countdown, answered));
            }
            case CLOSED -> {
                question(screen, new Div());
                stage.add(chart(screen));
            }
            case ANSWER -> {
                question(screen, new Div());
                stage.add(chart(screen), evidence(screen.revealed()));
            }
            case LEADERBOARD ->
                stage.add(
                        new H2("Scores after question " + screen.asked().number()), standings(screen, SHOWN_STANDINGS));
            case PODIUM -> stage.add(new H2("The podium"), podium(screen));
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
        stage.add(qr, joinedCount, joinedNames);
        showJoined(screen.participants());
    }

    private void showJoined(List<Standing> joined) {
        joinedCount.setText(joined.size() == 1 ? "1 joined" : joined.size() + " joined");
        joinedNames.removeAll();
        joined.stream().limit(SHOWN_NAMES).forEach(p -> joinedNames.add(new Span(p.nickname())));
        if (joined.size() > SHOWN_NAMES) {
            joinedNames.add(new Span("and " + (joined.size() - SHOWN_NAMES) + " more"));
        }
    }

    /** The question's number, then {@code status} (the timer while it is open), the question and its choices. */
    private void question(HostScreen screen, Component status) {
        Div heading = new Div(new H2("Question " + screen.asked().number() + " of " + screen.questionCount()), status);
        heading.addClassName("live-question-heading");
        stage.add(heading);
        Paragraph stem = new Paragraph(screen.asked().stem());
        stem.addClassName("live-stem");
        stage.add(stem);
        if (screen.reveal() == null) {
            UnorderedList choices = new UnorderedList();
            choices.addClassName("live-choices");
            List<String> shown = screen.asked().choices();
            for (int i = 0; i < shown.size(); i++) {
                ListItem choice = new ListItem(Choices.key(i), new Span(shown.get(i)));
                choice.addClassName(Choices.keyClass(i));
                choices.add(choice);
            }
            stage.add(choices);
        }
    }

    /** One bar per choice in its key's colour, its count as text; once shown, the right one says so in words. */
    private static Div chart(HostScreen screen) {
        Reveal reveal = screen.revealed();
        int most = Math.max(
                1,
                reveal.distribution().stream().mapToInt(Integer::intValue).max().orElse(1));
        Div chart = new Div();
        chart.addClassName("live-chart");
        if (reveal.answerShown()) {
            chart.addClassName("answer-shown");
        }
        List<String> choices = screen.asked().choices();
        for (int i = 0; i < choices.size(); i++) {
            int count = reveal.distribution().get(i);
            boolean right = i == reveal.rightChoice();
            Div bar = new Div();
            bar.addClassName("live-bar");
            bar.getStyle().set("width", (100.0 * count / most) + "%");
            Span text = new Span(choices.get(i) + (right ? " ✓ right answer" : ""));
            text.addClassName("live-chart-text");
            Div row = new Div(Choices.key(i), text, bar, new Span(count == 1 ? "1 answer" : count + " answers"));
            row.addClassNames("live-chart-row", Choices.keyClass(i));
            if (right) {
                row.addClassName("right");
            }
            chart.add(row);
        }
        return chart;
    }

    /** The article's own words, once and as written (they may open with quotation marks), then what they show. */
    private static Component evidence(Reveal reveal) {
        Div box = new Div();
        box.addClassName("live-evidence");
        if (!reveal.evidence().isBlank()) {
            Paragraph quote = new Paragraph(reveal.evidence());
            quote.addClassName("live-evidence-text");
            box.add(new Span("The evidence in the article:"), quote);
        }
        if (!reveal.explanation().isBlank()) {
            box.add(new Paragraph(reveal.explanation()));
        }
        return box;
    }

    private static Component standings(HostScreen screen, int top) {
        if (screen.leaderboard() == LeaderboardMode.HIDDEN) {
            return new Paragraph("Scores are hidden; each student sees their own on their device.");
        }
        OrderedList list = new OrderedList();
        list.addClassName("live-standings");
        for (Standing standing : screen.standings().stream().limit(top).toList()) {
            list.add(new ListItem(Choices.ordinal(standing.rank()) + " " + shownName(screen, standing, ": ")
                    + standing.points() + " points"));
        }
        return list;
    }

    /**
     * The first three on blocks of falling height, the first in the middle, each with their place, name and points;
     * read in order of place. Shown whatever the scores' setting, without names when the teacher keeps them out.
     */
    private static Component podium(HostScreen screen) {
        List<Standing> top = screen.standings().stream().limit(3).toList();
        if (top.isEmpty()) {
            return new Paragraph("Nobody took part.");
        }
        OrderedList podium = new OrderedList();
        podium.addClassName("live-podium");
        for (int place = 1; place <= top.size(); place++) {
            Standing standing = top.get(place - 1);
            Span rank = new Span(Choices.ordinal(standing.rank()));
            rank.addClassName("live-podium-rank");
            Span name = new Span(shownName(screen, standing, ""));
            name.addClassName("live-podium-name");
            Span points = new Span(standing.points() + " points");
            points.addClassName("live-podium-points");
            Div block = new Div(rank, name, points);
            block.addClassName("live-podium-block");
            ListItem step = new ListItem(block);
            step.addClassName("live-podium-" + place);
            podium.add(step);
        }
        return podium;
    }

    private static String shownName(HostScreen screen, Standing standing, String after) {
        return screen.leaderboard() == LeaderboardMode.ANONYMISED ? "" : standing.nickname() + after;
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
        results.addColumn(r ->
                        r.inReport() ? "signed in, in the class's report" : r.signedIn() ? "signed in" : "nickname")
                .setHeader("Joined as");
        results.addColumn(r -> r.right() + " of " + questions(summary.questions()))
                .setHeader("Right")
                .setKey("right");
        results.addColumn(r -> r.answered() + " of " + summary.questions()).setHeader("Answered");
        results.addColumn(LiveResult::points).setHeader("Points");
        results.addColumn(r -> r.removed() ? "removed" : "").setHeader("");
        results.setItems(summary.results());
        results.setAllRowsVisible(true);
        results.setAriaLabel("Results");
        boolean reported = summary.results().stream().anyMatch(LiveResult::inReport);
        add(
                new H1("Results: " + summary.title()),
                new Paragraph(summary.results().size() + " took part."
                        + (reported
                                ? " The answers of those marked “in the class's report” also appear in the class's"
                                        + " quiz report."
                                : " None of these answers appear in the class's reports.")),
                results,
                new Anchor("classes", "My classes"));
    }

    private static String questions(int count) {
        return count == 1 ? "1 question" : count + " questions";
    }
}
