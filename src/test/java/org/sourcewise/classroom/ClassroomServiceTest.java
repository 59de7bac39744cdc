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
import org.sourcewise.account.AccountException;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Classes and joining them, through the real services, method security and H2. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
@Transactional
class ClassroomServiceTest {

    @Autowired
    private ClassroomService classrooms;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ClassroomRepository classroomRepository;

    @Autowired
    private ClassroomMemberRepository memberRepository;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PasswordEncoder passwords;

    /** Rows other tests on this shared context left; each test here counts what it adds on top of them. */
    private long classesBefore;

    private long membersBefore;

    @BeforeEach
    void twoTeachers() {
        classesBefore = classroomRepository.count();
        membersBefore = memberRepository.count();
        SignedIn.as("head", Roles.ADMIN);
        accounts.createAccount(new NewAccount("ms. rivera", "Ms Rivera", "a long teacher password", Roles.TEACHER));
        accounts.createAccount(new NewAccount("mr. chen", "Mr Chen", "another long password", Roles.TEACHER));
        SignedIn.as("ms. rivera", Roles.TEACHER);
    }

    @Test
    void newClassGetsAnEightCharacterCodeWithoutLookAlikes() {
        ClassroomSummary created = classrooms.createClassroom("  9B   Media studies ");

        assertThat(created.name()).isEqualTo("9B Media studies");
        assertThat(created.joinCode()).hasSize(8).matches("[" + JoinCodes.ALPHABET + "]+");
    }

    @Test
    void refusesEmptyAndOverlongClassNames() {
        assertThatThrownBy(() -> classrooms.createClassroom("   ")).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> classrooms.createClassroom("x".repeat(101)))
                .hasMessage("A class name must be 1 to 100 characters.");
        assertThat(classroomRepository.count()).isEqualTo(classesBefore);
    }

    @Test
    void refusesAClassNameWithCharactersThatTurnTextAround() {
        assertThatThrownBy(() -> classrooms.createClassroom("9B \u202Eseiduts aideM"))
                .hasMessage("A class name cannot contain invisible characters, such as ones that turn text around.");
        assertThat(classroomRepository.count()).isEqualTo(classesBefore);
    }

    @Test
    void aTeacherSeesOnlyTheirOwnClasses() {
        classrooms.createClassroom("Rivera's class");
        SignedIn.as("mr. chen", Roles.TEACHER);
        classrooms.createClassroom("Chen's class");

        assertThat(classrooms.myClassrooms()).extracting(ClassroomSummary::name).containsExactly("Chen's class");
    }

    @Test
    void aTeacherCannotArchiveAnotherTeachersClass() {
        long riverasClass = classrooms.createClassroom("Rivera's class").id();
        SignedIn.as("mr. chen", Roles.TEACHER);

        assertThatThrownBy(() -> classrooms.archive(riverasClass)).hasMessage("There is no such class among yours.");
    }

    @Test
    void studentsCannotCreateClasses() {
        SignedIn.as("someone", Roles.STUDENT);

        assertThatThrownBy(() -> classrooms.createClassroom("Mine")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void studentJoinsWithCodeTypedInLowerCaseWithSpaces() {
        String code = classrooms.createClassroom("9B").joinCode();
        SignedIn.nobody();

        String joined = classrooms.joinAsNewStudent(
                " " + code.substring(0, 4).toLowerCase() + " " + code.substring(4),
                "Zoë Ng",
                "my long password",
                "10.0.0.1");

        assertThat(joined).isEqualTo("9B");
        assertThat(memberRepository.count()).isEqualTo(membersBefore + 1);
    }

    @Test
    void wrongCodeSaysSoAndCreatesNoAccount() {
        classrooms.createClassroom("9B");
        SignedIn.nobody();

        assertThatThrownBy(() -> classrooms.joinAsNewStudent("NOTACODE", "Zoë Ng", "my long password", "10.0.0.1"))
                .hasMessage("There is no class with this code. Check the code with your teacher.");
        SignedIn.as("head", Roles.ADMIN);
        assertThat(memberRepository.count()).isEqualTo(membersBefore);
    }

    @Test
    void takenNameSaysSoAndSavesNothing() {
        String code = classrooms.createClassroom("9B").joinCode();
        SignedIn.nobody();
        classrooms.joinAsNewStudent(code, "Sam", "my long password", "10.0.0.1");

        assertThatThrownBy(() -> classrooms.joinAsNewStudent(code, "SAM", "other long password", "10.0.0.1"))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("is already taken");
        assertThat(memberRepository.count()).isEqualTo(membersBefore + 1);
    }

    @Test
    void overlongOrMarkupNamesAreRefusedWithAClearMessage() {
        String code = classrooms.createClassroom("9B").joinCode();
        SignedIn.nobody();

        assertThatThrownBy(() -> classrooms.joinAsNewStudent(code, "a".repeat(500), "my long password", "10.0.0.1"))
                .hasMessageContaining("must be 3 to 60 characters");
        assertThatThrownBy(() ->
                        classrooms.joinAsNewStudent(code, "<script>alert(1)</script>", "my long password", "10.0.0.1"))
                .hasMessageContaining("may only contain letters, digits, spaces");
        assertThat(memberRepository.count()).isEqualTo(membersBefore);
    }

    @Test
    void addsStudentsInBulkWithPrintablePasswords() {
        long id = classrooms.createClassroom("9B").id();

        List<StudentCard> cards = classrooms.addStudents(id, List.of("Ana Lima", "", "  Ben  Okoro "));

        assertThat(cards).extracting(StudentCard::name).containsExactly("Ana Lima", "Ben Okoro");
        assertThat(cards)
                .allSatisfy(card -> assertThat(card.password()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(classrooms.studentsOf(id)).extracting(StudentSummary::name).containsExactly("Ana Lima", "Ben Okoro");
    }

    @Test
    void bulkAddIsAllOrNothingAndNamesTheLineThatFailed() {
        long id = classrooms.createClassroom("9B").id();

        assertThatThrownBy(() -> classrooms.addStudents(id, List.of("Ana Lima", "<b>Ben</b>")))
                .isInstanceOf(ClassroomException.class)
                .hasMessageStartingWith("Line 2 (\u201c<b>Ben</b>\u201d):")
                .hasMessageEndingWith("No student was added.");
    }

    @Test
    void resetPasswordGivesANewWorkingPassword() {
        long id = classrooms.createClassroom("9B").id();
        StudentCard before = classrooms.addStudents(id, List.of("Ana Lima")).getFirst();
        long studentId = classrooms.studentsOf(id).getFirst().id();

        StudentCard after = classrooms.resetPassword(id, studentId);

        assertThat(after.password()).isNotEqualTo(before.password());
        UserDetails account = users.loadUserByUsername("ana lima");
        assertThat(passwords.matches(after.password(), account.getPassword())).isTrue();
        assertThat(passwords.matches(before.password(), account.getPassword())).isFalse();
    }

    @Test
    void aTeacherCannotSeeOrResetStudentsOfAnotherTeachersClass() {
        long id = classrooms.createClassroom("9B").id();
        classrooms.addStudents(id, List.of("Ana Lima"));
        long studentId = classrooms.studentsOf(id).getFirst().id();
        SignedIn.as("mr. chen", Roles.TEACHER);

        assertThatThrownBy(() -> classrooms.studentsOf(id)).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> classrooms.resetPassword(id, studentId)).isInstanceOf(ClassroomException.class);
    }

    @Test
    void archivedClassTakesNoNewStudents() {
        ClassroomSummary created = classrooms.createClassroom("9B");
        classrooms.archive(created.id());
        SignedIn.nobody();

        assertThatThrownBy(() -> classrooms.joinAsNewStudent(created.joinCode(), "Sam", "my long password", "10.0.0.1"))
                .isInstanceOf(ClassroomException.class);
    }
}
