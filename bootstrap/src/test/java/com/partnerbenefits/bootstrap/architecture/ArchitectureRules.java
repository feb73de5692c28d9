package com.partnerbenefits.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.domain.benefit.EntitlementPolicy;
import com.partnerbenefits.domain.contract.Coverage;
import com.partnerbenefits.domain.incident.IncidentUsage;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.product.SupportPolicy;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Set;

/** The hexagon's boundaries (STYLE.md), as rules the build enforces. */
final class ArchitectureRules {

    @ArchTest
    static final ArchRule CORE_DEPENDS_ON_NOTHING_BUT_JAVA = classes()
            .that().resideInAnyPackage("com.partnerbenefits.domain..", "com.partnerbenefits.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.partnerbenefits.domain..",
                    "com.partnerbenefits.application..")
            .because("the domain and the use cases must not know Spring, MongoDB, GraphQL, MapStruct or Jackson");

    @ArchTest
    static final ArchRule PORTS_DO_NOT_DEPEND_ON_SERVICES = noClasses()
            .that().resideInAPackage("com.partnerbenefits.application.port..")
            .should().dependOnClassesThat().resideInAPackage("com.partnerbenefits.application.service..");

    @ArchTest
    static final ArchRule ADAPTERS_DO_NOT_TOUCH_SERVICES = noClasses()
            .that().resideInAPackage("com.partnerbenefits.adapter..")
            .should().dependOnClassesThat().resideInAPackage("com.partnerbenefits.application.service..")
            .because("adapters talk to the application through its ports only");

    @ArchTest
    static final ArchRule GRAPHQL_ADAPTER_USES_IN_PORTS_ONLY = noClasses()
            .that().resideInAPackage("com.partnerbenefits.adapter.graphql..")
            .should().dependOnClassesThat().resideInAnyPackage("com.partnerbenefits.application.port.out..",
                    "com.partnerbenefits.adapter.mongo..");

    @ArchTest
    static final ArchRule MONGO_ADAPTER_IS_INDEPENDENT_OF_THE_API = noClasses()
            .that().resideInAPackage("com.partnerbenefits.adapter.mongo..")
            .should().dependOnClassesThat().resideInAnyPackage("com.partnerbenefits.adapter.graphql..",
                    "com.partnerbenefits.application.port.in..");

    @ArchTest
    static final ArchRule MONGO_TYPES_ONLY_IN_THE_MONGO_ADAPTER = noClasses()
            .that().resideOutsideOfPackages("com.partnerbenefits.adapter.mongo..", "com.partnerbenefits.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                    "org.springframework.data.mongodb..", "de.bwaldvogel..");

    @ArchTest
    static final ArchRule GRAPHQL_TYPES_ONLY_IN_THE_GRAPHQL_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("com.partnerbenefits.adapter.graphql..")
            .should().dependOnClassesThat().resideInAnyPackage("graphql..", "org.springframework.graphql..");

    @ArchTest
    static final ArchRule DOMAIN_SLICES_ARE_FREE_OF_CYCLES = slices()
            .matching("com.partnerbenefits.domain.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule USE_CASES_AND_QUERIES_ARE_INTERFACES = classes()
            .that().resideInAPackage("com.partnerbenefits.application.port.in..")
            .and().haveSimpleNameEndingWith("UseCase").or().haveSimpleNameEndingWith("Query")
            .should().beInterfaces();

    @ArchTest
    static final ArchRule SERVICES_IMPLEMENT_AN_IN_PORT = classes()
            .that().resideInAPackage("com.partnerbenefits.application.service..")
            .and().haveSimpleNameEndingWith("Service")
            .should().implement(new DescribedPredicate<JavaClass>("an in-port") {
                @Override
                public boolean test(JavaClass type) {
                    return type.getPackageName().startsWith("com.partnerbenefits.application.port.in");
                }
            });

    @ArchTest
    static final ArchRule ADAPTERS_DO_NOT_DECIDE_BUSINESS_OUTCOMES = noClasses()
            .that().resideInAPackage("com.partnerbenefits.adapter..")
            .should().dependOnClassesThat().belongToAnyOf(Coverage.class, EntitlementPolicy.class, SupportPolicy.class)
            .because("coverage, entitlements and the N-1 policy are decided in the core and answered by the use cases");

    @ArchTest
    static final ArchRule STORES_APPLY_USAGE_CHANGES_WITHOUT_TESTING_THEM = noClasses()
            .that().resideInAPackage("com.partnerbenefits.adapter.mongo..")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a method testing or applying IncidentUsage in memory") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(IncidentUsage.class)
                            && Set.of("allowedOn", "allowedBy", "appliedTo", "outstanding").contains(call.getName());
                }
            })
            .because("a store puts the domain's condition into one conditional update; testing it first would be a "
                    + "read-modify-write, and a second place for the rule");

    @ArchTest
    static final ArchRule STORE_PORTS_ARE_INTERFACES = classes()
            .that().resideInAPackage("com.partnerbenefits.application.port.out..").and().haveSimpleNameEndingWith("Store")
            .should().beInterfaces()
            .because("StoreContractTest is written against the ports and runs on every implementation");

    @ArchTest
    static final ArchRule GRAPHQL_ADAPTER_ANSWERS_CREDENTIALS_ONLY_AS_THE_POLICY_LETS_IT = noClasses()
            .that().resideInAPackage("com.partnerbenefits.adapter.graphql..")
            .should().callMethod(com.partnerbenefits.domain.contract.SupportContract.class, "accessId")
            .orShould().callMethod(com.partnerbenefits.domain.contract.SupportContract.class, "contractId")
            .because("a contract's Access ID and Contract ID are answered from BenefitContract.credentials(), which the "
                    + "AccessPolicy fills only for the partner's own MPN accounts (SPEC 5.1)");

    @ArchTest
    static final ArchRule GRAPHQL_ADAPTER_DOES_NOT_ASK_WHAT_DAY_IT_IS = noClasses()
            .that().resideInAPackage("com.partnerbenefits.adapter.graphql..")
            .should().dependOnClassesThat().areAssignableTo(Clock.class)
            .orShould().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a method reading the wall clock "
                    + "(java.time's now(), System.currentTimeMillis())") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now")
                            || call.getTargetOwner().isEquivalentTo(System.class) && call.getName().equals("currentTimeMillis");
                }
            })
            .because("what is active, expired or breached today is decided by the use cases with the application's clock; "
                    + "the API shows their answers (time budgets use System.nanoTime, which names no day)");

    @ArchTest
    static final ArchRule ACCESS_IS_DECIDED_BY_THE_ACCESS_POLICY = noClasses()
            .that().resideInAnyPackage("com.partnerbenefits.application..", "com.partnerbenefits.adapter.graphql..")
            .and().doNotBelongToAnyOf(AccessPolicy.class)
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                    "a method reading the caller's token roles, or (in the application) an account's roles or membership") {
                @Override
                public boolean test(JavaMethodCall call) {
                    boolean tokenRole = call.getTargetOwner().isEquivalentTo(Viewer.class)
                            && Set.of("operator", "supportEngineer").contains(call.getName());
                    boolean accountRight = call.getOriginOwner().getPackageName().startsWith("com.partnerbenefits.application")
                            && call.getTargetOwner().isEquivalentTo(Account.class)
                            && Set.of("roles", "associations", "belongsTo", "isAssociatedWith").contains(call.getName());
                    return tokenRole || accountRight;
                }
            })
            .because("who may see or do what is decided in one place, the AccessPolicy, which services and "
                    + "controllers ask by the rule's name");

    @ArchTest
    static final ArchRule SERVICES_REFUSE_WITH_THEIR_USE_CASES_REASONS = noClasses()
            .that().resideInAPackage("com.partnerbenefits.application.service..")
            .should().dependOnClassesThat().belongToAnyOf(RefusalCode.class)
            .because("each use case lists what it can refuse in its own Reason enum, so a service refuses with those");

    private ArchitectureRules() {
    }
}
