package org.virtualhall.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The air gap in the code: the outer and inner roles never reach each other, the ferry sees nothing but the bundle
 * format, and what the roles share never reaches back into a role. Every package is one or the other.
 */
class GapRuleTests {

    private static final String BASE = "org.virtualhall.gateway";

    /** One process each; the gap separates them. */
    private static final List<String> ROLES = List.of("outer", "inner", "ferry");

    /** Used by the roles, never using one: the gap machinery, the wire records, infrastructure. */
    private static final List<String> SHARED = List.of("gap", "feedback", "supplement", "evaluation", "appointment", "queue",
            "consultation", "searchstats", "quarantine", "ops", "config", "web");

    private static final String BUNDLE_FORMAT = BASE + ".gap.bundle..";

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(BASE);

    @Test
    void everyPackageIsARoleOrShared() {
        String[] known = Stream.concat(Stream.of(BASE), Stream.concat(ROLES.stream(), SHARED.stream()).map(GapRuleTests::tree))
                .toArray(String[]::new);
        classes().should().resideInAnyPackage(known)
                .because("each package is classified here as a role " + ROLES + " or shared " + SHARED)
                .check(GATEWAY);
    }

    @Test
    void theOuterRoleNeverUsesTheInnerOne() {
        onlyBundlesCross("outer", "inner").check(GATEWAY);
    }

    @Test
    void theInnerRoleNeverUsesTheOuterOne() {
        onlyBundlesCross("inner", "outer").check(GATEWAY);
    }

    @Test
    void theFerryKnowsOnlyTheBundleFormat() {
        noClasses().that().resideInAPackage(tree("ferry"))
                .should().dependOnClassesThat(resideInAPackage(BASE + "..")
                        .and(not(resideInAnyPackage(tree("ferry"), BUNDLE_FORMAT))))
                .because("the ferry stands in for the isolation device, which checks files and understands nothing else")
                .check(GATEWAY);
    }

    @Test
    void theBundleFormatStandsAlone() {
        noClasses().that().resideInAPackage(BUNDLE_FORMAT)
                .should().dependOnClassesThat(resideInAPackage(BASE + "..").and(not(resideInAPackage(BUNDLE_FORMAT))))
                .because("the ferry reads it, so what it uses would reach the ferry too")
                .check(GATEWAY);
    }

    @Test
    void sharedPackagesNeverUseARole() {
        noClasses().that().resideInAnyPackage(SHARED.stream().map(GapRuleTests::tree).toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(ROLES.stream().map(GapRuleTests::tree).toArray(String[]::new))
                .because("a role's process runs without the other roles' beans")
                .check(GATEWAY);
    }

    private static ArchRule onlyBundlesCross(String from, String to) {
        return noClasses().that().resideInAPackage(tree(from))
                .should().dependOnClassesThat().resideInAPackage(tree(to))
                .because("only bundles cross the gap");
    }

    private static String tree(String name) {
        return BASE + "." + name + "..";
    }
}
