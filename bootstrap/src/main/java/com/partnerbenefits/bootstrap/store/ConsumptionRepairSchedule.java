package com.partnerbenefits.bootstrap.store;

import com.partnerbenefits.application.port.in.ReconcileConsumptionsUseCase;
import com.partnerbenefits.bootstrap.config.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the reconciliation of cut-short consumptions on every instance, now and then; it is safe to overlap. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConsumptionRepairSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumptionRepairSchedule.class);

    private final ReconcileConsumptionsUseCase reconcile;
    private final StoreProperties store;

    ConsumptionRepairSchedule(ReconcileConsumptionsUseCase reconcile, StoreProperties store) {
        this.reconcile = reconcile;
        this.store = store;
    }

    /** Every {@code benefits.store.repair-interval}, the first one interval after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::repair, store.repairInterval(), store.repairInterval()));
    }

    void repair() {
        try {
            int givenBack = reconcile.reconcile();
            if (givenBack > 0) {
                LOG.warn("gave back {} incident(s) taken by requests that were cut short", givenBack);
            }
        } catch (RuntimeException storeAway) {
            LOG.warn("reconciling consumptions failed, will retry: {}", storeAway.toString());
        }
    }
}
