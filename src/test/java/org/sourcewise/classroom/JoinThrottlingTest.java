package org.sourcewise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcewise.SignedIn;
import org.sourcewise.TestClock;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.live.LiveException;
import org.sourcewise.live.LiveSeats;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong class codes from one address are limited as {@code sourcewise.join.*} says; right codes never count, so a
 * whole school behind one address joins. Each test types from its own address, since the counts live in the service.
 */
@Tier.Spring
@SpringBootTest(
        properties = {
            "sourcewise.join.free-wrong-codes=3",
            "sourcewise.join.lock-wrong-codes=13",
            "sourcewise.join.locked-for=1h"
        })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class JoinThrottlingTest {

    @TestConfiguration
    static class StandingClock {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    /**
     * Starting this test's own context makes its security-context strategy (Vaadin's) the global one; the tests after
     * it, on the context all others share, must find that context's again.
     */
    private static SecurityContextHolderStrategy shared;

    @BeforeAll
    static void keepTheSharedStrategy() {
        shared = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreTheSharedStrategy() {
        SecurityContextHolder.setContextHolderStrategy(shared);
    }

    @Autowired
    private ClassroomService classrooms;

    @Autowired
    private ClassroomMemberRepository members;

    @Autowired
    private AccountService accounts;

    @Autowired
    private TestClock clock;

    @Autowired
    private LiveSeats live;

    private String code;
    private long classroomId;

    @BeforeEach
    void aTeachersClass() {
        String teacher = "teacher " + System.nanoTime();
        SignedIn.as("head", Roles.ADMIN);
        accounts.createAccount(new NewAccount(teacher, "A teacher", "a long enough password", Roles.TEACHER));
        SignedIn.as(teacher, Roles.TEACHER);
        ClassroomSummary classroom = classrooms.createClassroom("Year 9");
        code = classroom.joinCode();
        classroomId = classroom.id();
        SignedIn.nobody();
    }

    @AfterEach
    void signOut() {
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
