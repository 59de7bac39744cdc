package org.sourcewise;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every test class names exactly one {@link Tier}, so that a new test cannot drop out of every tier's run. */
@Tier.Fast
class TiersTest {

    private static final List<String> TEST_ANNOTATIONS = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate",
            "net.jqwik.api.Property",
            "net.jqwik.api.Example");

    private static final List<Class<?>> TIERS = Arrays.stream(Tier.class.getDeclaredClasses())
            .filter(Class::isAnnotation)
            .toList();

    @Test
    void everyTestClassNamesExactlyOneTier() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.sourcewise");

        assertThat(tests.stream().filter(c -> !isSample(c)).flatMap(TiersTest::tierProblem))
                .isEmpty();
    }

    @Test
    void aTestClassWithoutATierOrWithTwoIsNamed() {
        JavaClasses samples = new ClassFileImporter()
                .importClasses(
                        Untiered.class,
                        TwoTiers.class,
                        OneTier.class,
                        UntieredHolder.class,
                        UntieredHolder.Inner.class,
                        Helper.class);

        assertThat(samples.stream().flatMap(TiersTest::tierProblem))
                .containsExactlyInAnyOrder(
                        Untiered.class.getName() + " has no tier",
                        TwoTiers.class.getName() + " has 2 tiers",
                        UntieredHolder.class.getName() + " has no tier",
                        UntieredHolder.Inner.class.getName() + " has no tier");
    }

    /** Counts the tiers JUnit sees on a class: its own, those of the classes it extends, and its enclosing class's. */
    private static Stream<String> tierProblem(JavaClass type) {
        if (!isTestClass(type)) {
            return Stream.empty();
        }
        long tiers = TIERS.stream()
                .filter(tier -> seenBy(type).anyMatch(c -> c.isAnnotatedWith(tier.getName())))
                .count();
        return tiers == 1
                ? Stream.empty()
                : Stream.of(type.getName() + (tiers == 0 ? " has no tier" : " has " + tiers + " tiers"));
    }

    private static Stream<JavaClass> seenBy(JavaClass type) {
        Stream<JavaClass> own = Stream.concat(Stream.of(type), type.getAllRawSuperclasses().stream());
        Optional<JavaClass> enclosing =
                type.isAnnotatedWith(Nested.class) ? type.getEnclosingClass() : Optional.empty();
        return Stream.concat(own, enclosing.stream().flatMap(TiersTest::seenBy));
    }

    private static boolean isTestClass(JavaClass type) {
        return !type.getModifiers().contains(JavaModifier.ABSTRACT)
                && (type.getAllMethods().stream()
                                .anyMatch(m -> TEST_ANNOTATIONS.stream().anyMatch(m::isAnnotatedWith))
                        || Arrays.stream(type.reflect().getDeclaredClasses())
                                .anyMatch(c -> c.isAnnotationPresent(Nested.class)));
    }

    private static boolean isSample(JavaClass type) {
        return type.getName().startsWith(TiersTest.class.getName() + "$");
    }

    // Samples that never run: Surefire picks classes whose names end in Test, and JUnit enters only @Nested inner ones.

    static class Untiered {
        @Test
        void sample() {}
    }

    @Tier.Fast
    @Tier.Spring
    static class TwoTiers {
        @Test
        void sample() {}
    }

    @Tier.Fast
    static class OneTier {
        @Test
        void sample() {}
    }

    static class UntieredHolder {
        @Nested
        class Inner {
            @Test
            void sample() {}
        }
    }

    static class Helper {}
}
