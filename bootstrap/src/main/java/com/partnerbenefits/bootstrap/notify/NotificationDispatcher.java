package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.application.port.in.NotificationJobsUseCase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Fans out and sends on its own thread, never on a request's: a change nudges it (a nudge while a run
 * is pending is absorbed) and the schedule runs it now and then; what a run misses the next one does.
 */
public class NotificationDispatcher implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final ObjectProvider<NotificationJobsUseCase> jobs;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread dispatcher = new Thread(task, "notifications");
        dispatcher.setDaemon(true);
        return dispatcher;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    public NotificationDispatcher(ObjectProvider<NotificationJobsUseCase> jobs) {
        this.jobs = jobs;
    }

    /** Asks for a run soon; returns at once. */
    public void nudge() {
        if (pending.compareAndSet(false, true)) {
            try {
                thread.execute(this::runPending);
            } catch (RejectedExecutionException shuttingDown) {
                pending.set(false);
            }
        }
    }

    private void runPending() {
        pending.set(false);
        dispatch();
    }

    /** One run: fan out what was recorded, then send what is due. Failures wait for the next run. */
    public void dispatch() {
        try {
            NotificationJobsUseCase work = jobs.getObject();
            while (work.fanOut() > 0) {
                // until every recorded occurrence has its deliveries
            }
            while (work.deliverDue() > 0) {
                // until nothing is due
            }
        } catch (RuntimeException storeAway) {
            LOG.warn("notifications: dispatch failed, will retry: {}", storeAway.toString());
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
