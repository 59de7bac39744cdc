package org.sourcewise.classroom;

import java.util.List;
import org.sourcewise.account.AccountService;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classes and joining them. A teacher sees and changes only their own classes. */
@Service
@Transactional
public class ClassroomService {

    static final int MAX_NAME = 100;

    private final ClassroomRepository classrooms;
    private final ClassroomMemberRepository members;
    private final AccountService accounts;

    ClassroomService(ClassroomRepository classrooms, ClassroomMemberRepository members, AccountService accounts) {
        this.classrooms = classrooms;
        this.members = members;
        this.accounts = accounts;
    }

    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public ClassroomSummary createClassroom(String name) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new ClassroomException("A class name must be 1 to " + MAX_NAME + " characters.");
        }
        String code;
        do {
            code = JoinCodes.next();
        } while (classrooms.existsByJoinCode(code));
        Classroom classroom = classrooms.save(new Classroom(cleanName, accounts.currentAccountId(), code));
        return new ClassroomSummary(classroom.getId(), classroom.getName(), code, false, 0);
    }

    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    @Transactional(readOnly = true)
    public List<ClassroomSummary> myClassrooms() {
        return classrooms.findSummariesByTeacher(accounts.currentAccountId());
    }

    /** Archived classes keep their students and results but take no new members. */
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void archive(long classroomId) {
        Classroom classroom = classrooms.findById(classroomId)
                .filter(c -> c.getTeacherId() == accounts.currentAccountId())
                .orElseThrow(() -> new ClassroomException("There is no such class among yours."));
        classroom.archive();
    }

    /**
     * A new student's sign-up with their class's code: the account and the membership are made in one
     * transaction, so a refused sign-up leaves nothing behind.
     */
    @PreAuthorize("permitAll()")
    public String joinAsNewStudent(String joinCode, String name, String password) {
        Classroom classroom = classrooms.findByJoinCode(JoinCodes.normalise(joinCode))
                .filter(c -> !c.isArchived())
                .orElseThrow(() -> new ClassroomException(
                        "There is no class with this code. Check the code with your teacher."));
        long studentId = accounts.createStudentAccount(name, password);
        members.save(new ClassroomMember(classroom.getId(), studentId));
        return classroom.getName();
    }
}
