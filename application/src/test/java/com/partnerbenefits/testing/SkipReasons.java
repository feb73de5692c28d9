package com.partnerbenefits.testing;

import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test was skipped on the build's console: Maven's summary counts skipped tests but never says why
 * (no Chromium, no Docker, no jq). Covers both kinds: a condition that skips a class or test (Testcontainers'
 * {@code disabledWithoutDocker}, {@code @Disabled}) and an assumption that aborts it. Registered for every module
 * that runs the application's test jar through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkipReasons implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse(null));
        }
    }

    private static void print(TestIdentifier test, String reason) {
        String why = Optional.ofNullable(reason).filter(text -> !text.isBlank()).orElse("no reason given");
        System.out.println("[SKIPPED] " + name(test) + ": " + why);
    }

    /** The class and method, as the build's summary names them (or the display name of anything else). */
    private static String name(TestIdentifier test) {
        return test.getSource().map(source -> source instanceof MethodSource method
                        ? method.getClassName() + "." + method.getMethodName()
                        : source instanceof ClassSource type ? type.getClassName() : null)
                .orElse(test.getDisplayName());
    }
}
