package org.sourcewise.classroom.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sourcewise.article.ArticleService;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.classroom.StudentCard;
import org.sourcewise.classroom.StudentSummary;
import org.sourcewise.common.Refusal;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.common.ui.Grids;
import org.sourcewise.common.ui.JoinQrCode;
import org.sourcewise.common.ui.Notifications;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.report.ClassResults;
import org.sourcewise.security.Roles;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One of a teacher's classes: its join code, its students, adding students in bulk, resetting passwords, and its
 * quizzes with every student's score.
 */
@Route("classes")
@PageTitle("Class · Sourcewise")
@RolesAllowed(Roles.TEACHER)
class ClassroomView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final DateTimeFormatter JOINED =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final Grid<StudentSummary> students = Grids.wrapping();
    final TextArea names = new TextArea("Add students, one name per line");
    final Button add = new Button("Add students");
    final FormMessage message = new FormMessage();
    final Div cards = new Div();

    ClassQuizzes quizzes;

    private final ClassroomService classrooms;
    private final QuizService quizService;
    private final ClassResults classResults;
    private final ArticleService articles;
    private long classroomId;

    // setParameter makes the class's quizzes; the page that says the class is not found never reads them
    @SuppressWarnings("NullAway.Init")
    ClassroomView(
            ClassroomService classrooms, QuizService quizService, ClassResults classResults, ArticleService articles) {
        this.classrooms = classrooms;
        this.quizService = quizService;
        this.classResults = classResults;
        this.articles = articles;
        addClassName("classroom-view");
        // Set up once: Vaadin reuses this view when a teacher goes straight from one class to another.
        students.addColumn(StudentSummary::name).setHeader("Student").setFlexGrow(2);
        students.addColumn(s -> JOINED.format(s.joinedAt())).setHeader("Joined");
        students.addComponentColumn(this::resetButton);
        students.setAllRowsVisible(true);
        names.setWidthFull();
        names.setMaxLength(20_000);
        names.setHelperText("For students without e-mail, or who cannot join with the code: each gets an account in"
                + " this class and a first password on a card to print, and chooses their own password at first sign-in."
                + " They sign in with their name, so each must be one no one else in Sourcewise has.");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> addStudents());
        cards.addClassName("student-cards");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            ClassroomSummary classroom = classrooms.myClassroom(id);
            classroomId = id;
            show(classroom);
        } catch (Refusal e) {
            add(
                    new H1("Class not found"),
                    new Paragraph(e.getMessage()),
                    new RouterLink("My classes", ClassroomsView.class));
        }
    }

    private void show(ClassroomSummary classroom) {
        names.clear();
        message.clear();
        cards.removeAll();
        add(
                new RouterLink("\u2190 My classes", ClassroomsView.class),
                new H1(classroom.name()),
                joinPanel(classroom.joinCode()),
                new H2("Students"),
                students,
                names,
                add,
                message,
                cards);
        quizzes = new ClassQuizzes(classroomId, quizService, classResults, articles);
        add(quizzes);
        refresh();
    }

    /**
     * How students join, for the board or a handout: the code in large letters with a button that copies it, the
     * join page's address with the code in it, and that address as a QR code for phones.
     */
    private static Div joinPanel(String joinCode) {
        String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/join")
                .queryParam("code", joinCode)
                .toUriString();
        Span code = new Span(joinCode);
        code.addClassName("class-code");
        Button copy = new Button("Copy code", event -> {
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", joinCode);
            Notifications.success("Class code " + joinCode + " copied.");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Image qr = JoinQrCode.of(link);
        qr.addClassName("class-qr");
        Div panel = new Div(
                new Paragraph(new Text("Students join with the code "), code, copy),
                new Paragraph(new Text("or at "), new Anchor(link, link)),
                qr);
        panel.addClassName("class-join");
        return panel;
    }

    private Button resetButton(StudentSummary student) {
        Button reset = new Button("Reset password", event -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Reset the password of " + student.name() + "?",
                    "Their old password stops working at once. You get a new one to hand them; they choose their"
                            + " own when they next sign in.",
                    "Reset",
                    done -> showCards(List.of(classrooms.resetPassword(classroomId, student.id()))));
            confirm.setCancelable(true);
            confirm.open();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return reset;
    }

    private void addStudents() {
        List<String> given = names.getValue().lines().toList();
        message.attempt(() -> classrooms.addStudents(classroomId, given)).ifPresent(added -> {
            names.clear();
            message.showDone(
                    added.size() + " student(s) added. Print the cards below now: the passwords are not shown again.");
            showCards(added);
            refresh();
        });
    }

    private void showCards(List<StudentCard> studentCards) {
        cards.removeAll();
        for (StudentCard card : studentCards) {
            Div printed = new Div(
                    new Span(card.classroom()),
                    new Span("Name: " + card.name()),
                    new Span("First password: " + card.password()),
                    new Span("Sign in with both; you then choose your own password."));
            printed.addClassName("student-card");
            cards.add(printed);
        }
        Button print = new Button("Print cards", event -> getElement().executeJs("window.print()"));
        cards.add(print);
    }

    private void refresh() {
        students.setItems(classrooms.studentsOf(classroomId));
    }
}
