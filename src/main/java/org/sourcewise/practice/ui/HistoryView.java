package org.sourcewise.practice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sourcewise.common.ui.Grids;
import org.sourcewise.practice.AttemptSummary;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.security.Roles;

/** A student's own attempts: date, score, time spent and the score per skill. */
@Route("history")
@PageTitle("Your history · Sourcewise")
@RolesAllowed(Roles.STUDENT)
class HistoryView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final Grid<AttemptSummary> attempts = Grids.wrapping();

    HistoryView(PracticeService practice) {
        addClassName("history-view");
        List<AttemptSummary> mine = practice.myHistory();
        attempts.addColumn(a -> WHEN.format(a.startedAt())).setHeader("Date").setAutoWidth(true);
        attempts.addComponentColumn(a -> new RouterLink(a.title(), PlayerView.class, a.id()))
                .setHeader("Quiz")
                .setFlexGrow(3);
        attempts.addColumn(HistoryView::score).setHeader("Score").setAutoWidth(true);
        attempts.addColumn(a -> minutes(a.timeSpent())).setHeader("Time spent").setAutoWidth(true);
        attempts.addColumn(HistoryView::skills).setHeader("By skill").setFlexGrow(3);
        attempts.setItems(mine);
        attempts.setAllRowsVisible(true);
        attempts.setAriaLabel("Your attempts");
        add(
                new H1("Your history"),
                mine.isEmpty() ? new Paragraph("You have not answered any question yet.") : attempts,
                new RouterLink("Practise", PracticeView.class));
    }

    static String score(AttemptSummary attempt) {
        if (attempt.withheld()) {
            return attempt.answered() + " of " + attempt.questions() + " answered; your score shows when you finish";
        }
        String score = attempt.right() + " of " + attempt.questions() + " right";
        return attempt.finished() ? score : score + " (unfinished: " + attempt.answered() + " answered)";
    }

    static String minutes(Duration spent) {
        long seconds = spent.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    static String skills(AttemptSummary attempt) {
        return attempt.skills().stream()
                .map(s -> s.skill().label() + " " + s.right() + "/" + s.answered())
                .collect(Collectors.joining(" · "));
    }
}
