package org.sourcewise.quiz.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSummary;
import org.sourcewise.security.Roles;

/**
 * The staff's quizzes page: a teacher's own quizzes and those loaded from quizzes/, to change, copy or export
 * to GIFT and Moodle XML, and a new quiz to build; for every staff member, what went wrong loading quizzes/.
 */
@Route("quizzes")
@PageTitle("Quizzes · Sourcewise")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
class QuizzesView extends VerticalLayout {

    final UnorderedList problems = new UnorderedList();
    final UnorderedList list = new UnorderedList();

    QuizzesView(QuizService quizzes, AuthenticationContext authentication) {
        addClassName("quizzes-view");
        add(new H1("Quizzes"));
        List<String> found = quizzes.fileProblems();
        if (!found.isEmpty()) {
            found.forEach(problem -> problems.add(new ListItem(problem)));
            Div box = new Div(
                    new H2("Quiz files that could not be loaded"),
                    new Paragraph("These files in quizzes/ were skipped at the last start; fix them and restart."),
                    problems);
            box.addClassName("file-problems");
            box.getElement().setAttribute("role", "alert");
            add(box);
        }
        if (!authentication.hasRole(Roles.TEACHER)) {
            if (found.isEmpty()) {
                add(new Paragraph("Every file in quizzes/ was loaded at the last start."));
            }
            return;
        }
        add(new RouterLink("Build a new quiz", QuizBuilderView.class));
        List<QuizSummary> mine = quizzes.myQuizzes();
        if (mine.isEmpty()) {
            add(new Paragraph("You have no quizzes yet."));
        }
        for (QuizSummary quiz : mine) {
            Span name = new Span(quiz.title() + " \u00b7 " + quiz.questionCount() + " questions"
                    + (quiz.fromFile() ? " \u00b7 from " + quiz.sourceFile() : ""));
            name.addClassName("quiz-name");
            Div actions = new Div();
            actions.addClassName("quiz-actions");
            if (!quiz.fromFile()) {
                actions.add(new RouterLink("Change", QuizBuilderView.class, String.valueOf(quiz.id())));
            }
            actions.add(
                    new RouterLink("Copy", QuizBuilderView.class, "copy-" + quiz.id()),
                    download(quiz, ".gift", "text/plain", "Export to GIFT", quizzes::exportGift),
                    download(quiz, ".xml", "application/xml", "Export to Moodle XML", quizzes::exportMoodleXml));
            list.add(new ListItem(name, actions));
        }
        list.addClassName("quiz-list");
        add(list, new Paragraph("Assign a quiz to a class from the class's page."));
    }

    private static Anchor download(
            QuizSummary quiz, String extension, String type, String label, LongFunction<String> export) {
        String fileName = quiz.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + extension;
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = export.apply(quiz.id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file), fileName, type + "; charset=utf-8", file.length);
                }),
                label);
        link.addClassName("export-" + extension.substring(1));
        return link;
    }
}
