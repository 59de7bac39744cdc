package org.sourcewise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile on the real app: the demo student is in the demo teacher's class from the first start. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
// The demo profile beside the test profile: a context of its own, which the demo tests share.
@ActiveProfiles({"test", "demo"})
class DemoClassroomTest {

    @Autowired
    private ClassroomService classrooms;

    @Autowired
    private DemoClassroom demo;

    @Test
    void theDemoStudentIsInTheDemoTeachersClass() {
        SignedIn.as("teacher", Roles.TEACHER);

        assertThat(classrooms.myClassrooms()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo(DemoClassroom.NAME);
            assertThat(c.students()).isEqualTo(1);
        });
        assertThat(classrooms.studentsOf(classrooms.myClassrooms().getFirst().id()))
                .extracting(StudentSummary::name)
                .containsExactly("Sam Student");
    }

    @Test
    void aSecondStartAddsNoSecondClassOrMembership() {
        ApplicationArguments none = new DefaultApplicationArguments();

        demo.run(none);

        SignedIn.as("teacher", Roles.TEACHER);
        assertThat(classrooms.myClassrooms())
                .singleElement()
                .extracting(ClassroomSummary::students)
                .isEqualTo(1L);
    }
}
