package org.sourcewise.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sourcewise.account.AccountException;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.HiddenCharacters;
import org.sourcewise.account.IssuedPassword;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classes and joining them. A teacher sees and changes only their own classes. */
@Service
@Transactional
public class ClassroomService {

    /** A class name's limit; forms let one character more through, so that a longer name is refused, not cut. */
    public static final int MAX_NAME = 100;

    static final int MAX_BULK = 200;

    private final ClassroomRepository classrooms;
    private final ClassroomMemberRepository members;
    private final AccountService accounts;
    private final JoinThrottle throttle;

    ClassroomService(
            ClassroomRepository classrooms,
            ClassroomMemberRepository members,
            AccountService accounts,
            JoinThrottle throttle) {
        this.classrooms = classrooms;
        this.members = members;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @PreAuthorize(Roles.A_TEACHER)
    public ClassroomSummary createClassroom(String name) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new ClassroomException("A class name must be 1 to " + MAX_NAME + " characters.");
        }
        // Every student of the class is shown it, as they are shown each other's names, which refuse these too.
        if (HiddenCharacters.in(cleanName)) {
            throw new ClassroomException(
                    "A class name cannot contain invisible characters, such as ones that turn " + "text around.");
        }
        String code = JoinCodes.unused(JoinCodes.CLASS_LENGTH, classrooms::existsByJoinCode);
        Classroom classroom = classrooms.save(new Classroom(cleanName, accounts.currentAccountId(), code));
        return new ClassroomSummary(classroom.getId(), classroom.getName(), code, false, 0);
    }

    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public List<ClassroomSummary> myClassrooms() {
        return classrooms.findSummariesByTeacher(accounts.currentAccountId());
    }

    /** Archived classes keep their students and results but take no new members. */
    @PreAuthorize(Roles.A_TEACHER)
    public void archive(long classroomId) {
        ownClassroom(classroomId).archive();
    }

    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public ClassroomSummary myClassroom(long classroomId) {
        ownClassroom(classroomId);
        return classrooms.findSummariesByTeacher(accounts.currentAccountId()).stream()
                .filter(c -> c.id() == classroomId)
                .findFirst()
                .orElseThrow();
    }

    /** The classes the signed-in student belongs to, by id; archived ones too, since their quizzes stay theirs. */
    @PreAuthorize(Roles.A_STUDENT)
    @Transactional(readOnly = true)
    public Map<Long, String> myClassroomsAsStudent() {
        List<Long> ids = members.findByKeyStudentId(accounts.currentAccountId()).stream()
                .map(m -> m.getKey().classroomId())
                .toList();
        Map<Long, String> names = new TreeMap<>();
        classrooms.findAllById(ids).forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public List<StudentSummary> studentsOf(long classroomId) {
        ownClassroom(classroomId);
        List<ClassroomMember> inClass = members.findByKeyClassroomId(classroomId);
        Map<Long, String> names = accounts.displayNames(
                inClass.stream().map(m -> m.getKey().studentId()).toList());
        return inClass.stream()
                .map(m -> new StudentSummary(
                        m.getKey().studentId(),
                        Objects.requireNonNull(names.get(m.getKey().studentId()), "every member has an account"),
                        m.getJoinedAt()))
                .sorted(Comparator.comparing(StudentSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Adds students without e-mail from a list of names, one account each with a generated password to print; each
     * student chooses their own password at first sign-in. All or nothing, in one transaction: if one name is refused
     * (taken already, or twice in the list), no account is made and the message names the line.
     */
    @PreAuthorize(Roles.A_TEACHER)
    public List<StudentCard> addStudents(long classroomId, List<String> names) {
        Classroom classroom = ownClassroom(classroomId);
        List<String> wanted = names.stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        if (wanted.isEmpty()) {
            throw new ClassroomException("Write one student name per line.");
        }
        if (wanted.size() > MAX_BULK) {
            throw new ClassroomException("Add at most " + MAX_BULK + " students at a time.");
        }
        List<StudentCard> cards = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            try {
                IssuedPassword issued = accounts.issueStudentAccount(wanted.get(i));
                members.save(new ClassroomMember(classroomId, issued.accountId()));
                cards.add(
                        new StudentCard(classroom.getName(), wanted.get(i).replaceAll("\\s+", " "), issued.password()));
            } catch (AccountException e) {
                throw new ClassroomException("Line " + (i + 1) + " (\u201c" + wanted.get(i) + "\u201d): "
                        + e.getMessage() + " No student was added.");
            }
        }
        return cards;
    }

    /** A new password for a student of the class, to hand over; they choose their own at their next sign-in. */
    @PreAuthorize(Roles.A_TEACHER)
    public StudentCard resetPassword(long classroomId, long studentId) {
        Classroom classroom = ownClassroom(classroomId);
        if (!members.existsById(new ClassroomMember.Key(classroomId, studentId))) {
            throw new ClassroomException("This student is not in the class.");
        }
        String password = accounts.resetStudentPassword(studentId);
        String name = Objects.requireNonNull(
                accounts.displayNames(List.of(studentId)).get(studentId), "every member has an account");
        return new StudentCard(classroom.getName(), name, password);
    }

    private Classroom ownClassroom(long classroomId) {
        return classrooms
                .findById(classroomId)
                .filter(c -> c.getTeacherId() == accounts.currentAccountId())
                .orElseThrow(() -> new ClassroomException("There is no such class among yours."));
    }

    /**
     * A new student's sign-up with their class's code, from the address the request came from: the account and the
     * membership are made in one transaction, so a refused sign-up leaves nothing behind. An address that has typed
     * too many wrong codes must wait before its next try, right or wrong, so that waiting tells nothing of a code.
     */
    @PreAuthorize(Roles.ANYONE)
    public String joinAsNewStudent(String joinCode, String name, String password, String address) {
        throttle.whyWait(address).ifPresent(wait -> {
            throw new ClassroomException(wait);
        });
        Classroom classroom = classrooms
                .findByJoinCode(JoinCodes.normalise(joinCode))
                .filter(c -> !c.isArchived())
                .orElse(null);
        if (classroom == null) {
            throttle.wrongCode(address);
            throw new ClassroomException("There is no class with this code. Check the code with your teacher.");
        }
        long studentId = accounts.createStudentAccount(name, password);
        members.save(new ClassroomMember(classroom.getId(), studentId));
        return classroom.getName();
    }
}
