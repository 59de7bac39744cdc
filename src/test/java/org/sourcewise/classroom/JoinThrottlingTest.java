package org.sourcewise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.StandingClock;
import org.sourcewise.TestClock;
import org.sourcewise.Tier;
import org.sourcewise.live.LiveException;
import org.sourcewise.live.LiveSeats;
import org.sourcewise.testdata.ClassBuilder;
import org.sourcewise.testdata.ClassBuilder.ClassWithStudents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Wrong class codes from one address are limited as {@code sourcewise.join.*} says; right codes never count, so a
 * whole school behind one address joins. Each test types from its own address, since the counts stay in the
 * context's database.
 */
@Tier.Spring
@SourcewiseSpringTest
// Limits low enough to reach, where the shared context's never add up to a wait, and a clock that stands still: a
// context of its own.
@TestPropertySource(
        properties = {
            "sourcewise.join.free-wrong-codes=3",
            "sourcewise.join.lock-wrong-codes=13",
            "sourcewise.join.locked-for=1h"
        })
@Import(StandingClock.class)
@ExtendWith(OutputCaptureExtension.class)
class JoinThrottlingTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ClassroomService classrooms;

    @Autowired
    private ClassroomMemberRepository members;

    @Autowired
    private TestClock clock;

    @Autowired
    private LiveSeats live;

    private String code;
    private long classroomId;

    @BeforeEach
    void aTeachersClass() {
        ClassWithStudents classroom =
                ClassBuilder.aClass(context).named("Year 9").create();
        code = classroom.joinCode();
        classroomId = classroom.id();
        SignedIn.nobody();
    }

    private String join(String joinCode, String name, String address) {
        return classrooms.joinAsNewStudent(joinCode, name + " " + classroomId, "my long password", address);
    }

    /** Wrong codes typed a minute apart, so that no wait stands in the way of the next. */
    private void wrongCodes(int times, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> join("WRONGCDE", "Guess", address))
                    .hasMessage("There is no class with this code. Check the code with your teacher.");
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void threeHundredStudentsBehindOneAddressJoinAndTheirRightCodesNeverCount() {
        wrongCodes(2, "10.9.0.1");
        IntStream.rangeClosed(1, 300)
                .forEach(n -> assertThat(join(code, "pupil " + n, "10.9.0.1")).isEqualTo("Year 9"));

        assertThat(members.findAll())
                .filteredOn(m -> m.getKey().classroomId() == classroomId)
                .hasSize(300);
        wrongCodes(1, "10.9.0.1");
    }

    @Test
    void wrongLiveSessionCodesCountTowardsTheSameWaitAsWrongClassCodes() {
        wrongCodes(2, "10.9.0.6");
        assertThatThrownBy(() -> live.joinWithNickname("NOSUCH", "Guess", "10.9.0.6"))
                .hasMessageContaining("There is no live session with this code");

        assertThatThrownBy(() -> join(code, "Eve", "10.9.0.6")).hasMessageStartingWith("Too many wrong codes");
        assertThatThrownBy(() -> live.joinWithNickname("NOSUCH", "Guess", "10.9.0.6"))
                .isInstanceOf(LiveException.class)
                .hasMessageStartingWith("Too many wrong codes");
    }

    @Test
    void pastTheFreeWrongCodesTheAddressWaitsEvenWithTheRightCodeAndIsToldHowLong() {
        wrongCodes(2, "10.9.0.2");
        assertThatThrownBy(() -> join("WRONGCDE", "Guess", "10.9.0.2")).hasMessageContaining("There is no class");

        assertThatThrownBy(() -> join(code, "Ana", "10.9.0.2"))
                .isInstanceOf(ClassroomException.class)
                .hasMessage("Too many wrong codes were typed from this network. Wait 1 second and try again, "
                        + "and check the code with your teacher.");
        assertThat(join(code, "Ben", "10.9.0.3")).isEqualTo("Year 9");
        clock.advance(Duration.ofSeconds(1));
        assertThat(join(code, "Ana", "10.9.0.2")).isEqualTo("Year 9");
    }

    @Test
    void theWaitGrowsWithEachStepOfWrongCodes() {
        wrongCodes(4, "10.9.0.4");
        assertThatThrownBy(() -> join("WRONGCDE", "Guess", "10.9.0.4")).hasMessageContaining("There is no class");

        assertThatThrownBy(() -> join(code, "Cy", "10.9.0.4")).hasMessageContaining("Wait 2 seconds");
    }

    @Test
    void atTheLockTheAddressWaitsTheLockedTimeAndOneWarningIsLogged(CapturedOutput output) {
        wrongCodes(12, "10.9.0.5");
        assertThatThrownBy(() -> join("WRONGCDE", "Guess", "10.9.0.5")).hasMessageContaining("There is no class");

        assertThatThrownBy(() -> join(code, "Di", "10.9.0.5")).hasMessageContaining("Wait 60 minutes");
        assertThat(output.getOut()
                        .lines()
                        .filter(line -> line.contains("Address 10.9.0.5 may not join"))
                        .toList())
                .singleElement()
                .asString()
                .contains("WARN")
                .contains("for 60 minutes after 13 wrong codes");
        clock.advance(Duration.ofHours(1));
        assertThat(join(code, "Di", "10.9.0.5")).isEqualTo("Year 9");
    }
}
