package com.partnerbenefits.bootstrap;

import com.partnerbenefits.adapter.mongo.MongoStores;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.service.AccountAccessService;
import com.partnerbenefits.application.service.ActivateTechnicalBenefitService;
import com.partnerbenefits.application.service.AddProductVersionService;
import com.partnerbenefits.application.service.ContractControlsService;
import com.partnerbenefits.application.service.ContractPartiesService;
import com.partnerbenefits.application.service.OperatorDirectoryService;
import com.partnerbenefits.application.service.PaidSupportPlanService;
import com.partnerbenefits.application.service.BrowsePartnersService;
import com.partnerbenefits.application.service.EntitlementRulesService;
import com.partnerbenefits.application.service.FirstResponseSlaService;
import com.partnerbenefits.application.service.IdentifyCallerService;
import com.partnerbenefits.application.service.IncidentHistoryService;
import com.partnerbenefits.application.service.IncidentService;
import com.partnerbenefits.application.service.LinkSupportContractService;
import com.partnerbenefits.application.service.LinkedContractsService;
import com.partnerbenefits.application.service.MembershipService;
import com.partnerbenefits.application.service.ProductCatalogService;
import com.partnerbenefits.application.service.RateLimitService;
import com.partnerbenefits.application.service.ReconcileConsumptionsService;
import com.partnerbenefits.application.service.RegisterAccountService;
import com.partnerbenefits.application.service.RegisterPartnerService;
import com.partnerbenefits.application.service.SupportDeskService;
import com.partnerbenefits.application.service.UpdatePartnerService;
import com.partnerbenefits.application.service.RegisterProductService;
import com.partnerbenefits.application.service.TechnicalBenefitsService;
import com.partnerbenefits.bootstrap.config.LinkingProperties;
import com.partnerbenefits.bootstrap.config.RateLimitProperties;
import com.partnerbenefits.bootstrap.config.StoreProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the Spring-free services to their adapters: the only place that knows every module. */
@Configuration(proxyBeanMethods = false)
public class ServiceConfiguration {

    /** Ticks in milliseconds, the precision MongoDB stores: an instant answered equals the one read back later. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /**
     * The stores listen to no Spring Data lifecycle event, so none is published: each was an application
     * event multicast for every document read (about 1 % of a dashboard's request CPU in the profile).
     */
    @Bean
    MongoStores mongoStores(MongoTemplate mongo) {
        mongo.setEntityLifecycleEventsEnabled(false);
        return MongoStores.over(mongo);
    }

    /** Who may see or do what: one policy, asked by every service and by the controllers' early checks. */
    @Bean
    AccessPolicy accessPolicy(MongoStores stores) {
        return new AccessPolicy(stores.links());
    }

    @Bean
    IdentifyCallerService identifyCallerService(MongoStores stores, Clock clock) {
        return new IdentifyCallerService(stores.accounts(), stores.ids(), clock);
    }

    @Bean
    RegisterPartnerService registerPartnerService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new RegisterPartnerService(access, stores.partners(), stores.ids(), clock);
    }

    @Bean
    RegisterAccountService registerAccountService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new RegisterAccountService(access, stores.accounts(), stores.partners(), stores.ids(), clock);
    }

    @Bean
    MembershipService membershipService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new MembershipService(access, stores.memberships(), stores.partners(), stores.ids(), clock);
    }

    @Bean
    RegisterProductService registerProductService(MongoStores stores, AccessPolicy access) {
        return new RegisterProductService(access, stores.products(), stores.ids());
    }

    @Bean
    BrowsePartnersService browsePartnersService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new BrowsePartnersService(access, stores.partners(), stores.accounts(), stores.memberships(), clock);
    }

    @Bean
    TechnicalBenefitsService technicalBenefitsService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new TechnicalBenefitsService(access, stores.memberships(), stores.contracts(), clock);
    }

    @Bean
    FirstResponseSlaService firstResponseSlaService(Clock clock) {
        return new FirstResponseSlaService(clock);
    }

    @Bean
    LinkSupportContractService linkSupportContractService(MongoStores stores, AccessPolicy access, Clock clock,
            LinkingProperties linking) {
        return new LinkSupportContractService(access, stores.contracts(), stores.memberships(), stores.links(), stores.links(),
                stores.ids(), stores.linkAttempts(), linking.window(), clock);
    }

    @Bean
    LinkedContractsService linkedContractsService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new LinkedContractsService(access, stores.links(), stores.contracts(), stores.memberships(), stores.accounts(),
                stores.products(), clock);
    }

    /** Access IDs and Contract IDs are drawn from a {@code SecureRandom}: they are credentials. */
    @Bean
    ActivateTechnicalBenefitService activateTechnicalBenefitService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new ActivateTechnicalBenefitService(access, stores.memberships(), stores.contracts(), stores.contractControls(),
                stores.ids(), new SecureRandom(), clock);
    }

    /** A paid plan's contract is issued as an activation's, with credentials from a {@code SecureRandom}. */
    @Bean
    PaidSupportPlanService paidSupportPlanService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new PaidSupportPlanService(access, stores.partners(), stores.memberships(), stores.contracts(),
                stores.contractControls(), stores.ids(), new SecureRandom(), clock);
    }

    // The operator's desk and the partner admin's controls.

    @Bean
    OperatorDirectoryService operatorDirectoryService(MongoStores stores, AccessPolicy access) {
        return new OperatorDirectoryService(access, stores.directory());
    }

    @Bean
    AddProductVersionService addProductVersionService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new AddProductVersionService(access, stores.products(), stores.productVersions(), clock);
    }

    @Bean
    AccountAccessService accountAccessService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new AccountAccessService(access, stores.accounts(), stores.accountAccess(), clock);
    }

    /** New credentials are drawn from a {@code SecureRandom}, like the first ones. */
    @Bean
    ContractControlsService contractControlsService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new ContractControlsService(access, stores.contracts(), stores.contractControls(),
                stores.links(), stores.history(), stores.accounts(), stores.ids(), new SecureRandom(), clock);
    }

    @Bean
    IncidentService incidentService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new IncidentService(access, stores.incidents(), stores.contracts(), stores.products(),
                stores.partners(), stores.ids(), clock);
    }

    @Bean
    SupportDeskService supportDeskService(MongoStores stores, AccessPolicy access, Clock clock) {
        return new SupportDeskService(access, stores.incidents(), stores.contracts(), stores.memberships(), clock);
    }

    @Bean
    UpdatePartnerService updatePartnerService(MongoStores stores, AccessPolicy access) {
        return new UpdatePartnerService(access, stores.partners());
    }

    @Bean
    ContractPartiesService contractPartiesService(MongoStores stores, AccessPolicy access) {
        return new ContractPartiesService(access, stores.partners(), stores.incidents(), stores.contracts(), stores.accounts());
    }

    @Bean
    IncidentHistoryService incidentHistoryService(MongoStores stores, AccessPolicy access) {
        return new IncidentHistoryService(access, stores.incidents(), stores.contracts(), stores.accounts());
    }

    @Bean
    ReconcileConsumptionsService reconcileConsumptionsService(MongoStores stores, Clock clock,
            StoreProperties store) {
        return new ReconcileConsumptionsService(stores.contracts(), stores.incidents(), clock, store.repairGrace(),
                store.repairHorizon());
    }

    @Bean
    RateLimitService rateLimitService(MongoStores stores, AccessPolicy access, Clock clock,
            RateLimitProperties rateLimit) {
        return new RateLimitService(access, stores.rateLimits(), clock, rateLimit.mutationsPerWindow(), rateLimit.window());
    }

    @Bean
    ProductCatalogService productCatalogService(MongoStores stores) {
        return new ProductCatalogService(stores.products());
    }

    @Bean
    EntitlementRulesService entitlementRulesService() {
        return new EntitlementRulesService();
    }
}
