package org.sourcewise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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

/** A teacher's class page on the real app context. */
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

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void addingStudentsShowsCardsWithTheirPasswordsAndListsThem() {
        long id = classOf("ms. adams");
        ClassroomView view = navigate(ClassroomView.class, id);
        test(view.names).setValue("Ana Lima\nBen Okoro\n");

        test(view.add).click();

        assertThat(find(Div.class).withClassName("student-card").all()).hasSize(2);
        assertThat(view.students
                        .getGenericDataView()
                        .getItems()
                        .map(s -> s.name())
                        .toList())
                .containsExactly("Ana Lima", "Ben Okoro");
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
