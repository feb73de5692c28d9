package com.partnerbenefits.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.adapter.graphql.badsample.ControllerAskingTheSystemWhatDayItIs;
import com.partnerbenefits.adapter.graphql.badsample.ControllerKeepingItsOwnCalendar;
import com.partnerbenefits.adapter.graphql.badsample.ControllerCheckingTheRoleItself;
import com.partnerbenefits.adapter.graphql.badsample.GraphQlAdapterReachingIntoTheStore;
import com.partnerbenefits.adapter.mongo.badsample.StoreDecidingInMemory;
import com.partnerbenefits.application.port.in.badsample.ConcreteUseCase;
import com.partnerbenefits.application.port.in.badsample.InPortKnowingAService;
import com.partnerbenefits.application.port.out.badsample.ConcreteStore;
import com.partnerbenefits.application.service.badsample.OrphanService;
import com.partnerbenefits.application.service.badsample.ServiceDecidingAccessItself;
import com.partnerbenefits.application.service.badsample.ServiceRefusingWithTheGlobalCode;
import com.partnerbenefits.domain.badsample.DomainWithSpringAndGraphQl;
import com.partnerbenefits.domain.badsample.cyclea.First;
import com.partnerbenefits.domain.badsample.cycleb.Second;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each rule, run against a deliberately bad sample class from the test sources, reports a violation. */
class ArchitectureRulesCanFailTest {

    @Test
    void coreRuleCatchesADomainClassUsingSpring() {
        assertViolated(ArchitectureRules.CORE_DEPENDS_ON_NOTHING_BUT_JAVA, DomainWithSpringAndGraphQl.class);
    }

    @Test
    void graphQlTypesRuleCatchesThemOutsideTheAdapter() {
        assertViolated(ArchitectureRules.GRAPHQL_TYPES_ONLY_IN_THE_GRAPHQL_ADAPTER, DomainWithSpringAndGraphQl.class);
    }

    @Test
    void portRuleCatchesAnInPortKnowingAService() {
        assertViolated(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, InPortKnowingAService.class);
    }

    @Test
    void adapterRulesCatchTheGraphQlAdapterReachingIntoServicesOutPortsAndMongo() {
        assertViolated(ArchitectureRules.ADAPTERS_DO_NOT_TOUCH_SERVICES, GraphQlAdapterReachingIntoTheStore.class);
        assertViolated(ArchitectureRules.GRAPHQL_ADAPTER_USES_IN_PORTS_ONLY, GraphQlAdapterReachingIntoTheStore.class);
        assertViolated(ArchitectureRules.MONGO_TYPES_ONLY_IN_THE_MONGO_ADAPTER, GraphQlAdapterReachingIntoTheStore.class);
    }

    @Test
    void credentialsRuleCatchesTheGraphQlAdapterReadingThePairOffTheContract() {
        assertViolated(ArchitectureRules.GRAPHQL_ADAPTER_ANSWERS_CREDENTIALS_ONLY_AS_THE_POLICY_LETS_IT,
                com.partnerbenefits.adapter.graphql.badsample.ViewAnsweringEveryoneTheCredentials.class);
    }

    @Test
    void clockRuleCatchesTheGraphQlAdapterKeepingAClock() {
        assertViolated(ArchitectureRules.GRAPHQL_ADAPTER_DOES_NOT_ASK_WHAT_DAY_IT_IS, ControllerKeepingItsOwnCalendar.class);
    }

    @Test
    void clockRuleCatchesTheGraphQlAdapterAskingTheSystemWhatDayItIs() {
        assertViolated(ArchitectureRules.GRAPHQL_ADAPTER_DOES_NOT_ASK_WHAT_DAY_IT_IS,
                ControllerAskingTheSystemWhatDayItIs.class);
    }

    @Test
    void mongoAdapterRuleCatchesItUsingAnInPort() {
        assertViolated(ArchitectureRules.MONGO_ADAPTER_IS_INDEPENDENT_OF_THE_API,
                com.partnerbenefits.adapter.mongo.badsample.MongoAdapterCallingAUseCase.class);
    }

    @Test
    void cycleRuleCatchesTwoDomainPackagesUsingEachOther() {
        assertViolated(ArchitectureRules.DOMAIN_SLICES_ARE_FREE_OF_CYCLES, First.class, Second.class);
    }

    @Test
    void useCaseRuleCatchesAConcreteUseCase() {
        assertViolated(ArchitectureRules.USE_CASES_AND_QUERIES_ARE_INTERFACES, ConcreteUseCase.class);
    }

    @Test
    void serviceRuleCatchesAServiceImplementingNoInPort() {
        assertViolated(ArchitectureRules.SERVICES_IMPLEMENT_AN_IN_PORT, OrphanService.class);
    }

    @Test
    void refusalRuleCatchesAServiceRefusingWithTheGlobalCode() {
        assertViolated(ArchitectureRules.SERVICES_REFUSE_WITH_THEIR_USE_CASES_REASONS, ServiceRefusingWithTheGlobalCode.class);
    }

    @Test
    void storeRulesCatchAStoreDecidingInMemory() {
        assertViolated(ArchitectureRules.ADAPTERS_DO_NOT_DECIDE_BUSINESS_OUTCOMES, StoreDecidingInMemory.class);
        assertViolated(ArchitectureRules.STORES_APPLY_USAGE_CHANGES_WITHOUT_TESTING_THEM, StoreDecidingInMemory.class);
    }

    @Test
    void storePortRuleCatchesAConcreteStore() {
        assertViolated(ArchitectureRules.STORE_PORTS_ARE_INTERFACES, ConcreteStore.class);
    }

    @Test
    void accessRuleCatchesAServiceAndAControllerDecidingAccessThemselves() {
        assertViolated(ArchitectureRules.ACCESS_IS_DECIDED_BY_THE_ACCESS_POLICY, ServiceDecidingAccessItself.class);
        assertViolated(ArchitectureRules.ACCESS_IS_DECIDED_BY_THE_ACCESS_POLICY, ControllerCheckingTheRoleItself.class);
    }

    private static void assertViolated(ArchRule rule, Class<?>... badSamples) {
        JavaClasses samples = new ClassFileImporter().importClasses(badSamples);
        assertThat(rule.evaluate(samples).hasViolation()).as(rule.getDescription()).isTrue();
    }
}
