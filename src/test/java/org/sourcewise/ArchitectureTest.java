package org.sourcewise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.QuestionBankWriter;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rules that keep Sourcewise's structure and security honest as it grows. */
@Tier.Fast
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sourcewise");

    @Test
    void cleaningNeedsNothingOfTheAttributionEngine() {
        noClasses().that().resideInAPackage("org.sourcewise.cleaning..")
                .should().dependOnClassesThat().resideInAPackage("org.sourcewise.analysis..").check(MAIN);
    }

    @Test
    void engineQuestionGeneratorAndGiftFormatArePlainJava() {
        noClasses().that().resideInAnyPackage("org.sourcewise.cleaning..", "org.sourcewise.analysis..",
                        "org.sourcewise.questions..", "org.sourcewise.quiz.gift..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "org.hibernate..")
                .check(MAIN);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(MAIN);
    }

    @Test
    void answerKeysReachViewsOnlyThroughServicesThatCheckWhoAsks() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(BankQuestions.class)
                .orShould().dependOnClassesThat().areAssignableTo(QuestionBankWriter.class)
                .check(MAIN);
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(MAIN);
    }

    @Test
    void everyPublicServiceMethodSaysWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }
}
