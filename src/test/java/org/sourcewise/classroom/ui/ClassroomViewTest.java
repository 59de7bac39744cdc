package org.sourcewise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.testdata.ClassBuilder;
import org.sourcewise.testdata.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A teacher's class page on the real app context. */
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

    @Test
    void addingStudentsShowsCardsWithTheirPasswordsAndListsThem() {
        long id = aClass();
        ClassroomView view = navigate(ClassroomView.class, id);
        test(view.names).setValue(ANA + "\n" + BEN + "\n");

        test(view.add).click();

        assertThat(find(Div.class).withClassName("student-card").all()).hasSize(2);
        assertThat(view.students
                        .getGenericDataView()
                        .getItems()
                        .map(s -> s.name())
                        .toList())
                .containsExactly(ANA, BEN);
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
