package org.sourcewise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.testdata.ClassBuilder;
import org.sourcewise.testdata.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A teacher's class page on the real app context: its students' accounts added from a list of names, with a card each
 * to print, all or none, and a student's password reset.
 */
@Tier.Spring
@SourcewiseSpringTest
class ClassroomViewTest extends SpringBrowserlessTest {

    /** A student's name is a sign-in name: on the context the tests share, each carries a number of its own. */
    private static final int N = Unique.number();

    private static final String ANA = "Ana Lima " + N;
    private static final String BEN = "Ben Okoro " + N;
    private static final String CY = "Cy Ndlovu " + N;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ClassroomService classrooms;

    /** A new teacher's class, the teacher signed in. */
    private long aClass() {
        return ClassBuilder.aClass(context).create().id();
    }

    @Test
    void theClassPageShowsTheCodeWithACopyButtonAndTheJoinLinkWithItsQrCode() {
        ClassBuilder.ClassWithStudents made = ClassBuilder.aClass(context).create();
        navigate(ClassroomView.class, made.id());

        Div panel = find(Div.class).withClassName("class-join").single();
        assertThat(find(Span.class, panel).withClassName("class-code").single().getText())
                .isEqualTo(made.joinCode());
        assertThat(find(Button.class, panel).withText("Copy code").exists()).isTrue();
        assertThat(find(Anchor.class, panel).single().getHref()).endsWith("/join?code=" + made.joinCode());
        assertThat(find(Image.class, panel).single().getSrc()).startsWith("data:image/svg+xml;base64,");
    }

    private ClassroomView addOnTheClassPage(long classroomId, String names) {
        ClassroomView view = navigate(ClassroomView.class, classroomId);
        test(view.names).setValue(names);
        test(view.add).click();
        return view;
    }

    @Test
    void addingStudentsShowsCardsWithTheirPasswordsAndListsThem() {
        long id = aClass();
        ClassroomView view = addOnTheClassPage(id, ANA + "\n" + BEN + "\n");

        assertThat(find(Div.class).withClassName("student-card").all()).hasSize(2);
        assertThat(view.students
                        .getGenericDataView()
                        .getItems()
                        .map(s -> s.name())
                        .toList())
                .containsExactly(ANA, BEN);
    }

    @Test
    void eachCardHasTheNameAndAFirstPasswordToReplaceAtFirstSignIn() {
        long id = aClass();
        ClassroomView view = addOnTheClassPage(id, "Gus Lima " + N + "\n");

        Div card = find(Div.class).withClassName("student-card").single();
        assertThat(card.getChildren().map(span -> span.getElement().getText()))
                .contains("Name: Gus Lima " + N, "Sign in with both; you then choose your own password.")
                .anyMatch(line -> line.matches("First password: [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(view.message.getText())
                .isEqualTo("1 student(s) added. Print the cards below now: the passwords are not shown again.");
    }

    @Test
    void aNameAlreadyTakenIsRefusedByLineAndAddsNoOne() {
        long id = aClass();
        ClassroomView view = addOnTheClassPage(id, "Hal Okoro " + N + "\nIda Okoro " + N + "\nhal okoro " + N + "\n");

        assertThat(view.message.getText())
                .startsWith("Line 3 (\u201chal okoro " + N + "\u201d): The name \u201chal okoro " + N
                        + "\u201d is already taken.")
                .endsWith("No student was added.");
        assertThat(view.message.hasClassName("error")).isTrue();
        assertThat(find(Div.class).withClassName("student-card").all()).isEmpty();
        assertThat(classrooms.studentsOf(id)).isEmpty();
        assertThat(view.names.getValue()).as("kept, to mend the line").contains("Ida Okoro");
    }

    @Test
    void resettingAStudentsPasswordIsConfirmedAndPrintsANewCard() {
        long id = aClass();
        classrooms.addStudents(id, List.of("Jo Reset " + N));
        ClassroomView view = navigate(ClassroomView.class, id);

        Button reset = (Button) test(view.students).getCellComponent(0, 2);
        test(reset).click();
        test(find(ConfirmDialog.class).single()).confirm();

        Div card = find(Div.class).withClassName("student-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("Name: Jo Reset " + N, "First password: ");
    }

    @Test
    void goingStraightFromOneClassToAnotherAddsStudentsOnceToTheClassShown() {
        long first = aClass();
        long second = classrooms.createClassroom("10A").id();
        navigate(ClassroomView.class, first);
        ClassroomView view = navigate(ClassroomView.class, second);
        test(view.names).setValue(CY + "\n");

        test(view.add).click();

        assertThat(view.students.getColumns()).hasSize(3);
        assertThat(classrooms.studentsOf(second)).extracting(s -> s.name()).containsExactly(CY);
        assertThat(classrooms.studentsOf(first)).isEmpty();
    }

    @Test
    void anotherTeachersClassIsNotFound() {
        long id = aClass();
        aClass();

        navigate(ClassroomView.class, id);

        assertThat(find(H1.class).single().getText()).isEqualTo("Class not found");
    }
}
