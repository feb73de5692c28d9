package com.partnerbenefits.bootstrap.benchmark;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Counts the commands the service sends to MongoDB and the time it spends waiting for their answers. */
final class CommandStats implements CommandListener {

    static final CommandStats INSTANCE = new CommandStats();

    private final LongAdder commands = new LongAdder();
    private final LongAdder waitingNanos = new LongAdder();
    private volatile List<String> recording;

    /** Registers the listener on the service's own client. */
    @Configuration(proxyBeanMethods = false)
    static class Probe {
        @Bean
        MongoClientSettingsBuilderCustomizer commandStats() {
            return settings -> settings.addCommandListener(INSTANCE);
        }
    }

    record Snapshot(long commands, long waitingNanos) {
        Snapshot since(Snapshot earlier) {
            return new Snapshot(commands - earlier.commands, waitingNanos - earlier.waitingNanos);
        }
    }

    Snapshot snapshot() {
        return new Snapshot(commands.sum(), waitingNanos.sum());
    }

    /** Keeps what each command started from now on asks, until {@link #recorded()} (for {@link QueryShapes}). */
    void record() {
        recording = new CopyOnWriteArrayList<>();
    }

    List<String> recorded() {
        List<String> recorded = recording;
        recording = null;
        return recorded;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        commands.increment();
        List<String> into = recording;
        if (into != null) {
            into.addAll(QueryShapes.describe(event.getCommandName(), event.getCommand()));
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        waitingNanos.add(event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        waitingNanos.add(event.getElapsedTime(TimeUnit.NANOSECONDS));
    }
}
