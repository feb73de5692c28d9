package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.application.port.in.NotificationJobsUseCase;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Fans out and starts sends on its own thread, never on a request's: a change nudges it (a nudge while a
 * run is pending is absorbed) and the schedule runs it now and then; what a run misses the next one does.
 * The sends themselves run on the {@link #sending()} threads, each ending with a nudge, so that what a
 * busy lane held back is claimed as soon as the lane frees.
 */
public class NotificationDispatcher implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final ObjectProvider<NotificationJobsUseCase> jobs;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread dispatcher = new Thread(task, "notifications");
        dispatcher.setDaemon(true);
        return dispatcher;
    });
    private final ExecutorService sendingThreads;
    private final AtomicBoolean pending = new AtomicBoolean();

    public NotificationDispatcher(ObjectProvider<NotificationJobsUseCase> jobs, int sendingAtOnce) {
        this.jobs = jobs;
        AtomicInteger named = new AtomicInteger();
        this.sendingThreads = Executors.newFixedThreadPool(sendingAtOnce, task -> {
            Thread sender = new Thread(task, "notifications-sending-" + named.incrementAndGet());
            sender.setDaemon(true);
            return sender;
        });
    }

    /** Where e-mail and webhook attempts run; each nudges a run when it ends. */
    public Executor sending() {
        return attempt -> sendingThreads.execute(() -> {
            try {
                attempt.run();
            } finally {
                nudge();
            }
        });
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
                // until nothing is due, or every lane with something due is full
            }
        } catch (RuntimeException storeAway) {
            LOG.warn("notifications: dispatch failed, will retry: {}", storeAway.toString());
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
        sendingThreads.shutdownNow();
    }
}
