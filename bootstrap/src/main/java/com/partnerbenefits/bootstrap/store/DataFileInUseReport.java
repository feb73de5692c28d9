package com.partnerbenefits.bootstrap.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second copy started on the same embedded data file is reported as Boot reports a port in use: what happened and
 * what to do, without the store's stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class DataFileInUseReport extends AbstractFailureAnalyzer<DataFileInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFileInUse cause) {
        return new FailureAnalysis("The embedded store's data file " + cause.file() + " is locked: another copy of the "
                + "service (or another program) has it open.",
                "Stop the other copy, or give this one its own file (benefits.embedded-mongo.path, or "
                        + "benefits.embedded-mongo.in-memory=true), or share the other copy's store by setting "
                        + "spring.mongodb.uri to the mongodb:// address it logged at startup.",
                cause);
    }
}
