package org.sourcewise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A teacher's class page on the real app context: its students' accounts added from a list of names, with a card each
 * to print, all or none, and a student's password reset.
 */
@Tier.Spring
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class ClassroomViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private ClassroomService classrooms;

    private long classOf(String teacher) {
        SignedIn.as("head", Roles.ADMIN);
        accounts.createAccount(new NewAccount(teacher, teacher, "a long teacher password", Roles.TEACHER));
        SignedIn.as(teacher, Roles.TEACHER);
        return classrooms.createClassroom("9B of " + teacher).id();
    }

    private ClassroomView addOnTheClassPage(long classroomId, String names) {
        ClassroomView view = navigate(ClassroomView.class, classroomId);
        test(view.names).setValue(names);
        test(view.add).click();
        return view;
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void addingStudentsShowsCardsWithTheirPasswordsAndListsThem() {
        long id = classOf("ms. adams");
        ClassroomView view = addOnTheClassPage(id, "Ana Lima\nBen Okoro\n");

        assertThat(find(Div.class).withClassName("student-card").all()).hasSize(2);
        assertThat(view.students
                        .getGenericDataView()
                        .getItems()
                        .map(s -> s.name())
                        .toList())
                .containsExactly("Ana Lima", "Ben Okoro");
    }

    @Test
    void eachCardHasTheNameAndAFirstPasswordToReplaceAtFirstSignIn() {
        long id = classOf("ms. evans");
        ClassroomView view = addOnTheClassPage(id, "Gus Lima\n");

        Div card = find(Div.class).withClassName("student-card").single();
        assertThat(card.getChildren().map(span -> span.getElement().getText()))
                .contains("Name: Gus Lima", "Sign in with both; you then choose your own password.")
                .anyMatch(line -> line.matches("First password: [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(view.message.getText())
                .isEqualTo("1 student(s) added. Print the cards below now: the passwords are not shown again.");
    }

    @Test
    void aNameAlreadyTakenIsRefusedByLineAndAddsNoOne() {
        long id = classOf("mr. frost");
        ClassroomView view = addOnTheClassPage(id, "Hal Okoro\nIda Okoro\nhal okoro\n");

        assertThat(view.message.getText())
                .startsWith("Line 3 (\u201chal okoro\u201d): The name \u201chal okoro\u201d is already taken.")
                .endsWith("No student was added.");
        assertThat(view.message.hasClassName("error")).isTrue();
        assertThat(find(Div.class).withClassName("student-card").all()).isEmpty();
        assertThat(classrooms.studentsOf(id)).isEmpty();
        assertThat(view.names.getValue()).as("kept, to mend the line").contains("Ida Okoro");
    }

    @Test
    void resettingAStudentsPasswordIsConfirmedAndPrintsANewCard() {
        long id = classOf("ms. grant");
        classrooms.addStudents(id, List.of("Jo Reset"));
        ClassroomView view = navigate(ClassroomView.class, id);

        Button reset = (Button) test(view.students).getCellComponent(0, 2);
        test(reset).click();
        test(find(ConfirmDialog.class).single()).confirm();

        Div card = find(Div.class).withClassName("student-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("Name: Jo Reset", "First password: ");
    }

    @Test
    void goingStraightFromOneClassToAnotherAddsStudentsOnceToTheClassShown() {
        long first = classOf("ms. dunn");
        long second = classrooms.createClassroom("10A of ms. dunn").id();
        navigate(ClassroomView.class, first);
        ClassroomView view = navigate(ClassroomView.class, second);
        test(view.names).setValue("Cy Ndlovu\n");

        test(view.add).click();

        assertThat(view.students.getColumns()).hasSize(3);
        assertThat(classrooms.studentsOf(second)).extracting(s -> s.name()).containsExactly("Cy Ndlovu");
        assertThat(classrooms.studentsOf(first)).isEmpty();
    }

    @Test
    void anotherTeachersClassIsNotFound() {
        long id = classOf("mr. baker");
        classOf("mrs. cole");

        navigate(ClassroomView.class, id);

        assertThat(find(H1.class).single().getText()).isEqualTo("Class not found");
    }
}
