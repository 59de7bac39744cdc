package org.sourcewise.testdata;

import java.util.ArrayList;
import java.util.List;
import org.sourcewise.SignedIn;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.security.Roles;
import org.springframework.context.ApplicationContext;

/**
 * A new teacher with a class, and students who joined it with its code as the join page has them, through the real
 * account and classroom services. Names carry a number of their own unless a test gives them.
 */
public final class ClassBuilder {

    private final ApplicationContext context;
    private final int number = Unique.number();
    private String teacher = "teacher " + number;
    private String teacherName = "Teacher " + number;
    private String name = "Class " + number;
    private final List<String> students = new ArrayList<>();

    private ClassBuilder(ApplicationContext context) {
        this.context = context;
    }

    public static ClassBuilder aClass(ApplicationContext context) {
        return new ClassBuilder(context);
    }

    public ClassBuilder ofTeacher(String username, String name) {
        this.teacher = username;
        this.teacherName = name;
        return this;
    }

    public ClassBuilder named(String name) {
        this.name = name;
        return this;
    }

    public ClassBuilder withStudent(String name) {
        students.add(name);
        return this;
    }

    /** Makes the teacher's account, the class and the students, and leaves the teacher signed in. */
    public ClassWithStudents create() {
        People.teacher(context, teacher, teacherName);
        ClassroomSummary classroom = context.getBean(ClassroomService.class).createClassroom(name);
        ClassWithStudents made = new ClassWithStudents(context, classroom.id(), classroom.joinCode(), teacher);
        students.forEach(made::join);
        made.asTeacher();
        return made;
    }

    /** A class {@link ClassBuilder} made. */
    public record ClassWithStudents(ApplicationContext context, long id, String joinCode, String teacher) {

        public void asTeacher() {
            SignedIn.as(teacher, Roles.TEACHER);
        }

        /** Signs a student up to the class with its code, as the join page does; leaves nobody signed in. */
        public String join(String student) {
            SignedIn.nobody();
            context.getBean(ClassroomService.class).joinAsNewStudent(joinCode, student, People.PASSWORD, "127.0.0.1");
            return student;
        }
    }
}
