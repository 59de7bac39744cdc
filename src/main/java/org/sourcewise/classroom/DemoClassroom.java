package org.sourcewise.classroom;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.account.AccountService;
import org.sourcewise.cluster.StartupJob;
import org.sourcewise.cluster.StartupLock;
import org.sourcewise.security.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The `demo` profile's class: the demo teacher's "Demo class" with the demo student in it, so that a newcomer can
 * assign a quiz as the teacher and take it as the student straight away. Runs after the demo accounts exist, as
 * those accounts, through the same services a person would use; on one node at a time (StartupLock), since two nodes
 * starting together would otherwise both find no class and make two.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoClassroom implements ApplicationRunner {

    static final String NAME = "Demo class";
    private static final Logger log = LoggerFactory.getLogger(DemoClassroom.class);

    private final ClassroomService classrooms;
    private final ClassroomMemberRepository members;
    private final AccountService accounts;
    private final StartupLock lock;

    DemoClassroom(
            ClassroomService classrooms, ClassroomMemberRepository members, AccountService accounts, StartupLock lock) {
        this.classrooms = classrooms;
        this.members = members;
        this.accounts = accounts;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.whileHolding(StartupJob.DEMO_DATA, () -> {
            makeTheDemoClass();
            return null;
        });
    }

    private void makeTheDemoClass() {
        try {
            signInAs("teacher", Roles.TEACHER);
            List<ClassroomSummary> mine = classrooms.myClassrooms();
            long classroomId = mine.isEmpty()
                    ? classrooms.createClassroom(NAME).id()
                    : mine.getFirst().id();
            signInAs("student", Roles.STUDENT);
            if (classrooms.myClassroomsAsStudent().isEmpty()) {
                members.save(new ClassroomMember(classroomId, accounts.currentAccountId()));
                log.info("Demo profile: the demo student is in the demo teacher's \"{}\"", NAME);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInAs(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
