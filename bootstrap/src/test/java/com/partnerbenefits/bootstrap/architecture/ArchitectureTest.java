package com.partnerbenefits.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * Every rule holds for the production code of all modules (a rule matching nothing fails too), run by
 * ArchUnit's JUnit 6 engine: one test per rule, named after it.
 */
@AnalyzeClasses(packages = "com.partnerbenefits",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutTestJars.class,
                ArchitectureTest.WithoutBadSamples.class})
class ArchitectureTest {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(ArchitectureRules.class);

    /** The bad samples exist to prove the rules able to fail (ArchitectureRulesCanFailTest), not to pass them. */
    static final class WithoutBadSamples implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/badsample/");
        }
    }

    /**
     * Another module's test classes (application's fakes and tests, on the class path for SkipReasons) come
     * as target/test-classes under {@code test} but as a {@code -tests.jar} under {@code verify}, which
     * {@link ImportOption.DoNotIncludeTests} does not recognise.
     */
    static final class WithoutTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
