package com.partnerbenefits.bootstrap.security;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a prod start refused for missing settings as Spring Boot reports a bad setting: what is missing and what to
 * set, with no stack trace for an operator to read through. Registered in {@code META-INF/spring.factories}.
 */
public class MissingSettingsReport extends AbstractFailureAnalyzer<ProductionSettings.Missing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettings.Missing cause) {
        String problems = cause.problems().stream().map(problem -> "    - " + problem).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The prod profile cannot start without these settings:\n" + problems,
                "Set them (each line names the property and its environment variable), or start without the prod profile.",
                cause);
    }
}
