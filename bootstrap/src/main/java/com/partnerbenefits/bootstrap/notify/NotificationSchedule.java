package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.application.port.in.NotificationJobsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntSupplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The notifications' schedule. The dispatch runs on every instance (its deliveries are claimed one
 * by one); the checks take a ShedLock lock in MongoDB first, so across instances one runs at a time
 * (they would be correct overlapping, keyed as they are, but would repeat the work).
 */
class NotificationSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSchedule.class);

    private final NotificationJobsUseCase jobs;
    private final NotificationDispatcher dispatcher;
    private final LockingTaskExecutor locks;
    private final NotificationProperties settings;
    private final Clock clock;

    NotificationSchedule(NotificationJobsUseCase jobs, NotificationDispatcher dispatcher, LockingTaskExecutor locks,
            NotificationProperties settings, Clock clock) {
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(dispatcher::nudge, settings.dispatchInterval(), settings.dispatchInterval()));
        tasks.addFixedDelayTask(new FixedDelayTask(this::checkFirstResponses, settings.firstResponseInterval(), Duration.ofSeconds(30)));
        tasks.addFixedDelayTask(new FixedDelayTask(this::checkExpiry, settings.expiryInterval(), Duration.ofMinutes(1)));
    }

    void checkFirstResponses() {
        locked("notifications-first-responses", settings.firstResponseInterval(), jobs::checkFirstResponses);
    }

    void checkExpiry() {
        locked("notifications-expiry", Duration.ofHours(1), jobs::checkExpiry);
    }

    private void locked(String name, Duration atMost, IntSupplier check) {
        try {
            locks.executeWithLock((Runnable) () -> {
                if (check.getAsInt() > 0) {
                    dispatcher.nudge();
                }
            }, new LockConfiguration(clock.instant(), name, atMost, Duration.ZERO));
        } catch (RuntimeException storeAway) {
            LOG.warn("notifications: {} failed, will retry: {}", name, storeAway.toString());
        }
    }
}
