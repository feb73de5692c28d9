package com.partnerbenefits.bootstrap.store;

import com.partnerbenefits.application.port.in.ReconcileConsumptionsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reconciliation of cut-short consumptions on every instance, now and then; it is safe to overlap. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConsumptionRepairSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumptionRepairSchedule.class);

    private final ReconcileConsumptionsUseCase reconcile;

    ConsumptionRepairSchedule(ReconcileConsumptionsUseCase reconcile) {
        this.reconcile = reconcile;
    }

    @Scheduled(initialDelayString = "${benefits.store.repair-interval:60s}", fixedDelayString = "${benefits.store.repair-interval:60s}")
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
