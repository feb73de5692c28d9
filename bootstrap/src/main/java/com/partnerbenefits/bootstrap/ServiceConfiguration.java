package com.partnerbenefits.bootstrap;

import com.partnerbenefits.adapter.mongo.MongoStores;
import com.partnerbenefits.application.service.AccountAccessService;
import com.partnerbenefits.application.service.ActivateTechnicalBenefitService;
import com.partnerbenefits.application.service.AddProductVersionService;
import com.partnerbenefits.application.service.ContractControlsService;
import com.partnerbenefits.application.service.OperatorDirectoryService;
import com.partnerbenefits.application.service.BrowsePartnersService;
import com.partnerbenefits.application.service.EntitlementRulesService;
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

    @Bean
    MongoStores mongoStores(MongoTemplate mongo) {
        return MongoStores.over(mongo);
    }

    @Bean
    IdentifyCallerService identifyCallerService(MongoStores stores, Clock clock) {
        return new IdentifyCallerService(stores.accounts(), stores.ids(), clock);
    }

    @Bean
    RegisterPartnerService registerPartnerService(MongoStores stores, Clock clock) {
        return new RegisterPartnerService(stores.partners(), stores.ids(), clock);
    }

    @Bean
    RegisterAccountService registerAccountService(MongoStores stores, Clock clock) {
        return new RegisterAccountService(stores.accounts(), stores.partners(), stores.ids(), clock);
    }

    @Bean
    MembershipService membershipService(MongoStores stores) {
        return new MembershipService(stores.memberships(), stores.partners(), stores.ids());
    }

    @Bean
    RegisterProductService registerProductService(MongoStores stores) {
        return new RegisterProductService(stores.products(), stores.ids());
    }

    @Bean
    BrowsePartnersService browsePartnersService(MongoStores stores) {
        return new BrowsePartnersService(stores.partners(), stores.accounts(), stores.memberships());
    }

    @Bean
    TechnicalBenefitsService technicalBenefitsService(MongoStores stores) {
        return new TechnicalBenefitsService(stores.memberships(), stores.contracts(), stores.links());
    }

    @Bean
    LinkSupportContractService linkSupportContractService(MongoStores stores, Clock clock,
            LinkingProperties linking) {
        return new LinkSupportContractService(stores.contracts(), stores.memberships(), stores.links(), stores.links(),
                stores.ids(), stores.linkAttempts(), linking.window(), clock);
    }

    @Bean
    LinkedContractsService linkedContractsService(MongoStores stores, Clock clock) {
        return new LinkedContractsService(stores.links(), stores.contracts(), stores.memberships(), stores.accounts(),
                stores.products(), clock);
    }

    /** Access IDs and Contract IDs are drawn from a {@code SecureRandom}: they are credentials. */
    @Bean
    ActivateTechnicalBenefitService activateTechnicalBenefitService(MongoStores stores, Clock clock) {
        return new ActivateTechnicalBenefitService(stores.memberships(), stores.contracts(), stores.contractControls(),
                stores.ids(), new SecureRandom(), clock);
    }

    // The operator's desk and the partner admin's controls.

    @Bean
    OperatorDirectoryService operatorDirectoryService(MongoStores stores) {
        return new OperatorDirectoryService(stores.directory());
    }

    @Bean
    AddProductVersionService addProductVersionService(MongoStores stores) {
        return new AddProductVersionService(stores.products(), stores.productVersions());
    }

    @Bean
    AccountAccessService accountAccessService(MongoStores stores) {
        return new AccountAccessService(stores.accounts(), stores.accountAccess());
    }

    /** New credentials are drawn from a {@code SecureRandom}, like the first ones. */
    @Bean
    ContractControlsService contractControlsService(MongoStores stores, Clock clock) {
        return new ContractControlsService(stores.contracts(), stores.memberships(), stores.contractControls(),
                stores.links(), stores.accounts(), stores.ids(), new SecureRandom(), clock);
    }

    @Bean
    IncidentService incidentService(MongoStores stores, Clock clock) {
        return new IncidentService(stores.incidents(), stores.contracts(), stores.memberships(), stores.products(),
                stores.partners(), stores.links(), stores.ids(), clock);
    }

    @Bean
    SupportDeskService supportDeskService(MongoStores stores, Clock clock) {
        return new SupportDeskService(stores.incidents(), stores.contracts(), stores.memberships(), stores.links(), clock);
    }

    @Bean
    UpdatePartnerService updatePartnerService(MongoStores stores) {
        return new UpdatePartnerService(stores.partners());
    }

    @Bean
    IncidentHistoryService incidentHistoryService(MongoStores stores) {
        return new IncidentHistoryService(stores.incidents(), stores.contracts(), stores.links(), stores.accounts());
    }

    @Bean
    ReconcileConsumptionsService reconcileConsumptionsService(MongoStores stores, Clock clock,
            StoreProperties store) {
        return new ReconcileConsumptionsService(stores.contracts(), stores.incidents(), clock, store.repairGrace(),
                store.repairHorizon());
    }

    @Bean
    RateLimitService rateLimitService(MongoStores stores, Clock clock,
            RateLimitProperties rateLimit) {
        return new RateLimitService(stores.rateLimits(), clock, rateLimit.mutationsPerWindow(), rateLimit.window());
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
