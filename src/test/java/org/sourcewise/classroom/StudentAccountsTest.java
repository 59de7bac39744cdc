package org.sourcewise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.AccountState;
import org.sourcewise.account.NewAccount;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A teacher's accounts for students without e-mail, each service call in a transaction of its own as in the app (no
 * test transaction around them), so that a refused list is seen to leave no account and no place in the class behind.
 */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class StudentAccountsTest {

    @Autowired
    private ClassroomService classrooms;

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PasswordEncoder passwords;

    private int n;
    private long classroomId;

    @BeforeEach
    void aTeachersClass() {
        n = Unique.number();
        String teacher = "printing teacher " + n;
        SignedIn.as("head", Roles.ADMIN);
        accounts.createAccount(new NewAccount(teacher, "Ms Print", "a long teacher password", Roles.TEACHER));
        SignedIn.as(teacher, Roles.TEACHER);
        classroomId = classrooms.createClassroom("8D").id();
    }

    private boolean exists(String name) {
        try {
            users.loadUserByUsername(NewAccount.signInName(name));
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    @Test
    void aNameTwiceInTheListAddsNoOne() {
        String ana = "Ana Twice " + n;
        String ben = "Ben Once " + n;

        assertThatThrownBy(() -> classrooms.addStudents(classroomId, List.of(ana, ben, ana.toUpperCase())))
                .isInstanceOf(ClassroomException.class)
                .hasMessage("Line 3 (\u201c" + ana.toUpperCase() + "\u201d): The name \u201c"
                        + NewAccount.signInName(ana) + "\u201d is already taken. Add something that tells you apart,"
                        + " such as your class or a number. No student was added.");

        assertThat(exists(ana)).isFalse();
        assertThat(exists(ben)).isFalse();
        assertThat(classrooms.studentsOf(classroomId)).isEmpty();
    }

    @Test
    void aNameSomeoneHasAlreadyAddsNoOne() {
        String taken = "Cy Taken " + n;
        String other = "Di Free " + n;
        long elsewhere = classrooms.createClassroom("8E").id();
        classrooms.addStudents(elsewhere, List.of(taken));

        assertThatThrownBy(() -> classrooms.addStudents(classroomId, List.of(other, taken)))
                .isInstanceOf(ClassroomException.class)
                .hasMessageStartingWith("Line 2 (\u201c" + taken + "\u201d): The name")
                .hasMessageContaining("is already taken");

        assertThat(exists(other)).isFalse();
        assertThat(classrooms.studentsOf(classroomId)).isEmpty();
        assertThat(classrooms.studentsOf(elsewhere))
                .extracting(StudentSummary::name)
                .containsExactly(taken);
    }

    @Test
    void eachStudentSignsInWithThePrintedPasswordAndMustChooseTheirOwn() {
        String name = "Ed Printed " + n;
        StudentCard card = classrooms.addStudents(classroomId, List.of(name)).getFirst();

        assertThat(passwords.matches(
                        card.password(),
                        users.loadUserByUsername(NewAccount.signInName(name)).getPassword()))
                .isTrue();
        SignedIn.as(NewAccount.signInName(name), Roles.STUDENT);
        assertThat(accounts.signedInAccountState()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        accounts.changeOwnPassword(card.password(), "my own new password");
        assertThat(accounts.signedInAccountState()).isEqualTo(AccountState.ACTIVE);
    }

    @Test
    void aPasswordTheTeacherResetsMustBeReplacedAgain() {
        String name = "Flo Reset " + n;
        String teacher = SecurityContextHolder.getContext().getAuthentication().getName();
        StudentCard card = classrooms.addStudents(classroomId, List.of(name)).getFirst();
        long studentId = classrooms.studentsOf(classroomId).getFirst().id();
        SignedIn.as(NewAccount.signInName(name), Roles.STUDENT);
        accounts.changeOwnPassword(card.password(), "my own new password");
        SignedIn.as(teacher, Roles.TEACHER);

        StudentCard reset = classrooms.resetPassword(classroomId, studentId);

        SignedIn.as(NewAccount.signInName(name), Roles.STUDENT);
        assertThat(accounts.signedInAccountState()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        assertThat(passwords.matches(
                        reset.password(),
                        users.loadUserByUsername(NewAccount.signInName(name)).getPassword()))
                .isTrue();
    }
}
