package org.sourcewise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.QuestionBankWriter;
import org.sourcewise.common.Refusal;
import org.sourcewise.common.ui.Notifications;
import org.sourcewise.security.Roles;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rules that keep Sourcewise's structure and security honest as it grows. */
@Tier.Fast
class ArchitectureTest {

    private static final String[] ENGINE = {
        "org.sourcewise.cleaning..", "org.sourcewise.analysis..", "org.sourcewise.questions..", "org.sourcewise.gift.."
    };

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sourcewise");

    @Test
    void cleaningNeedsNothingOfTheAttributionEngine() {
        noClasses()
                .that()
                .resideInAPackage("org.sourcewise.cleaning..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sourcewise.analysis..")
                .check(MAIN);
    }

    @Test
    void engineQuestionGeneratorAndGiftFormatArePlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..", "org.hibernate..")
                .check(MAIN);
    }

    @Test
    void engineQuestionGeneratorAndGiftFormatNeedNothingOfTheApp() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.sourcewise..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages(ENGINE)))
                .check(MAIN);
    }

    /**
     * An exception of the app is a refusal whose message the person who tried may read; the engine and the GIFT
     * library, which know nothing of the app, keep their own, and the service or view that calls them says it anew.
     */
    @Test
    void everyExceptionOfTheAppIsARefusalFitToShow() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Exception")
                .and()
                .resideOutsideOfPackages(ENGINE)
                .should()
                .beAssignableTo(Refusal.class)
                .check(MAIN);
    }

    @Test
    void viewsShowPopUpsOnlyThroughNotifications() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .and()
                .doNotHaveFullyQualifiedName(Notifications.class.getName())
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Notification.class)
                .check(MAIN);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(MAIN);
    }

    @Test
    void answerKeysReachViewsOnlyThroughServicesThatCheckWhoAsks() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(BankQuestions.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(QuestionBankWriter.class)
                .check(MAIN);
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(MAIN);
    }

    @Test
    void everyPublicServiceMethodSaysWhoMayCallIt() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    @Test
    void everyServiceAccessRuleIsOneOfTheExpressionsRolesNames() {
        Set<String> expressions =
                Set.of(Roles.STAFF, Roles.A_TEACHER, Roles.A_STUDENT, Roles.AN_ADMIN, Roles.SIGNED_IN, Roles.ANYONE);
        methods()
                .that()
                .areAnnotatedWith(PreAuthorize.class)
                .should()
                .beAnnotatedWith(annotationWhoseValue(
                        PreAuthorize.class, "is one of Roles' expressions", value -> expressions.contains(value)))
                .check(MAIN);
    }

    @Test
    void everyViewAccessRuleNamesRolesOfRoles() {
        Set<String> roles = Set.of(Roles.ADMIN, Roles.TEACHER, Roles.STUDENT);
        classes()
                .that()
                .areAnnotatedWith(RolesAllowed.class)
                .should()
                .beAnnotatedWith(annotationWhoseValue(
                        RolesAllowed.class,
                        "names only roles of Roles",
                        value -> Arrays.stream((Object[]) value).allMatch(roles::contains)))
                .check(MAIN);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("org.sourcewise.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noDomainClassDependsOnAView() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.sourcewise.layout..", "org.sourcewise.security..")
                .and()
                .resideOutsideOfPackage("org.sourcewise")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(MAIN);
    }

    private static DescribedPredicate<JavaAnnotation<?>> annotationWhoseValue(
            Class<?> type, String description, Predicate<Object> test) {
        return DescribedPredicate.describe(
                "@" + type.getSimpleName() + " whose value " + description,
                annotation -> annotation.getRawType().isEquivalentTo(type)
                        && annotation.get("value").map(test::test).orElse(false));
    }
}
