package com.partnerbenefits.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.fake.InMemoryContractLinkStore;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.IncidentAllowance;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractId;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.ProductId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access policy as tables: each row is a caller (its role and program association; each caller
 * belongs to Contoso, or to no partner), each column the caller's relation to the object, each cell
 * whether the rule allows it. A contract or incident of "other" belongs to Fabrikam. There is no
 * anonymous row: a request without a valid token is refused before any use case runs.
 * SUPPORT_TOKEN_OF_ADMIN is a token with the support engineer role whose login is Contoso's MPN Global
 * Admin: the support lane (SPEC 5.1) changes incident status and nothing else, whatever the login's roles.
 */
class AccessPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final PartnerId CONTOSO = new PartnerId("contoso");
    private static final PartnerId FABRIKAM = new PartnerId("fabrikam");

    enum Caller {
        MPN_GLOBAL_ADMIN, MPN_PARTNER_ADMIN, MPN_MEMBER, MPN_ADMIN_AGENT, CSP_GLOBAL_ADMIN, CSP_ADMIN_AGENT,
        STANDALONE_MSA, OPERATOR, SUPPORT_ENGINEER, SUPPORT_TOKEN_OF_ADMIN
    }

    enum Allowed {
        YES, NO
    }

    private final InMemoryContractLinkStore links = new InMemoryContractLinkStore();
    private final AccessPolicy policy = new AccessPolicy(links);

    private final SupportContract ownPartners = contract("own", CONTOSO);
    private final SupportContract linked = contract("linked", FABRIKAM);
    private final SupportContract otherPartners = contract("other", FABRIKAM);

    // Roles of the token, and of the account.

    @ParameterizedTest(name = "{0}: operate {1}, work incidents {2}, no rate limit {3}, link {4}, raise {5}, raise for CSP customers {6}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  NO,  NO,  NO,  YES, YES, NO
            MPN_PARTNER_ADMIN, NO,  NO,  NO,  YES, YES, NO
            MPN_MEMBER,        NO,  NO,  NO,  YES, YES, NO
            MPN_ADMIN_AGENT,   NO,  NO,  NO,  YES, YES, NO
            CSP_GLOBAL_ADMIN,  NO,  NO,  NO,  YES, YES, NO
            CSP_ADMIN_AGENT,   NO,  NO,  NO,  YES, YES, YES
            STANDALONE_MSA,    NO,  NO,  NO,  YES, YES, NO
            OPERATOR,          YES, NO,  YES, YES, YES, NO
            SUPPORT_ENGINEER,  NO,  YES, NO,  NO,  NO,  NO
            SUPPORT_TOKEN_OF_ADMIN, NO, YES, NO, NO, NO,  NO
            """)
    void whatTheRolesAllow(Caller who, Allowed operate, Allowed workIncidents, Allowed noRateLimit, Allowed link,
            Allowed raise, Allowed raiseForCspCustomers) {
        Viewer viewer = viewer(who);
        assertThat(policy.mayOperate(viewer)).as("mayOperate").isEqualTo(operate == Allowed.YES);
        assertThat(policy.mayWorkIncidents(viewer)).as("mayWorkIncidents").isEqualTo(workIncidents == Allowed.YES);
        assertThat(policy.isExemptFromMutationRateLimit(viewer)).as("isExemptFromMutationRateLimit")
                .isEqualTo(noRateLimit == Allowed.YES);
        assertThat(policy.mayLinkContracts(viewer)).as("mayLinkContracts").isEqualTo(link == Allowed.YES);
        assertThat(policy.mayRaiseIncidents(viewer)).as("mayRaiseIncidents").isEqualTo(raise == Allowed.YES);
        assertThat(policy.mayRaiseForCspCustomers(viewer)).as("mayRaiseForCspCustomers")
                .isEqualTo(raiseForCspCustomers == Allowed.YES);
    }

    // Partners: own (Contoso) and other (Fabrikam).

    @ParameterizedTest(name = "{0}: own partner {1}, other partner {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO
            MPN_PARTNER_ADMIN, YES, NO
            MPN_MEMBER,        YES, NO
            MPN_ADMIN_AGENT,   YES, NO
            CSP_GLOBAL_ADMIN,  YES, NO
            CSP_ADMIN_AGENT,   YES, NO
            STANDALONE_MSA,    NO,  NO
            OPERATOR,          YES, YES
            SUPPORT_ENGINEER,  NO,  NO
            """)
    void maySeePartner(Caller who, Allowed own, Allowed other) {
        assertPartners(who, policy::maySeePartner, own, other);
    }

    @ParameterizedTest(name = "{0}: own partner {1}, other partner {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO
            MPN_PARTNER_ADMIN, YES, NO
            MPN_MEMBER,        NO,  NO
            MPN_ADMIN_AGENT,   NO,  NO
            CSP_GLOBAL_ADMIN,  NO,  NO
            CSP_ADMIN_AGENT,   NO,  NO
            STANDALONE_MSA,    NO,  NO
            OPERATOR,          YES, YES
            SUPPORT_ENGINEER,  NO,  NO
            """)
    void maySeeAccountsOf(Caller who, Allowed own, Allowed other) {
        assertPartners(who, policy::maySeeAccountsOf, own, other);
    }

    @ParameterizedTest(name = "{0}: own partner {1}, other partner {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO
            MPN_PARTNER_ADMIN, YES, NO
            MPN_MEMBER,        YES, NO
            MPN_ADMIN_AGENT,   YES, NO
            CSP_GLOBAL_ADMIN,  NO,  NO
            CSP_ADMIN_AGENT,   NO,  NO
            STANDALONE_MSA,    NO,  NO
            OPERATOR,          YES, YES
            SUPPORT_ENGINEER,  NO,  NO
            """)
    void maySeeBenefitsOf(Caller who, Allowed own, Allowed other) {
        assertPartners(who, policy::maySeeBenefitsOf, own, other);
    }

    @ParameterizedTest(name = "{0}: own partner {1}, other partner {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO
            MPN_PARTNER_ADMIN, YES, NO
            MPN_MEMBER,        YES, NO
            MPN_ADMIN_AGENT,   YES, NO
            CSP_GLOBAL_ADMIN,  NO,  NO
            CSP_ADMIN_AGENT,   NO,  NO
            STANDALONE_MSA,    NO,  NO
            OPERATOR,          NO,  NO
            SUPPORT_ENGINEER,  NO,  NO
            """)
    void isMpnAccountOf(Caller who, Allowed own, Allowed other) {
        assertPartners(who, policy::isMpnAccountOf, own, other);
    }

    @ParameterizedTest(name = "{0}: own partner {1}, other partner {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO
            MPN_PARTNER_ADMIN, YES, NO
            MPN_MEMBER,        NO,  NO
            MPN_ADMIN_AGENT,   NO,  NO
            CSP_GLOBAL_ADMIN,  NO,  NO
            CSP_ADMIN_AGENT,   NO,  NO
            STANDALONE_MSA,    NO,  NO
            OPERATOR,          NO,  NO
            SUPPORT_ENGINEER,  NO,  NO
            SUPPORT_TOKEN_OF_ADMIN, NO, NO
            """)
    void mayActivateBenefitsOf(Caller who, Allowed own, Allowed other) {
        assertPartners(who, policy::mayActivateBenefitsOf, own, other);
    }

    // Advisory hours (SPEC 5.5): on a Contoso membership; "another's" was requested by another account of Contoso.

    @ParameterizedTest(name = "{0}: request own partner {1}, other partner {2}; complete {3}; withdraw own {4}, another''s {5}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO, NO,  YES, YES
            MPN_PARTNER_ADMIN, YES, NO, NO,  YES, YES
            MPN_MEMBER,        YES, NO, NO,  YES, NO
            MPN_ADMIN_AGENT,   YES, NO, NO,  YES, NO
            CSP_GLOBAL_ADMIN,  NO,  NO, NO,  YES, NO
            CSP_ADMIN_AGENT,   NO,  NO, NO,  YES, NO
            STANDALONE_MSA,    NO,  NO, NO,  YES, NO
            OPERATOR,          NO,  NO, NO,  YES, NO
            SUPPORT_ENGINEER,  NO,  NO, YES, NO,  NO
            SUPPORT_TOKEN_OF_ADMIN, NO, NO, YES, NO, NO
            """)
    void advisoryHours(Caller who, Allowed requestOwn, Allowed requestOther, Allowed complete, Allowed withdrawOwn,
            Allowed withdrawAnothers) {
        assertPartners(who, policy::mayRequestAdvisoryFor, requestOwn, requestOther);
        Viewer viewer = viewer(who);
        assertThat(policy.mayCompleteAdvisories(viewer)).as("complete").isEqualTo(complete == Allowed.YES);
        assertThat(policy.mayWithdraw(viewer, advisoryOf(viewer.account().id()), CONTOSO)).as("withdraw own")
                .isEqualTo(withdrawOwn == Allowed.YES);
        assertThat(policy.mayWithdraw(viewer, advisoryOf(new AccountId("someone-else")), CONTOSO)).as("withdraw another's")
                .isEqualTo(withdrawAnothers == Allowed.YES);
    }

    private static Advisory advisoryOf(AccountId requester) {
        return Advisory.request("a1", new MembershipId("m1"), requester, "Landing zone", "", 1, "key", NOW);
    }

    // Accounts: the caller's own, another of Contoso, one of Fabrikam, another standalone one.

    @ParameterizedTest(name = "{0}: itself {1}, own partner''s {2}, other partner''s {3}, standalone {4}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, YES, NO,  NO
            MPN_PARTNER_ADMIN, YES, YES, NO,  NO
            MPN_MEMBER,        YES, YES, NO,  NO
            MPN_ADMIN_AGENT,   YES, YES, NO,  NO
            CSP_GLOBAL_ADMIN,  YES, YES, NO,  NO
            CSP_ADMIN_AGENT,   YES, YES, NO,  NO
            STANDALONE_MSA,    YES, NO,  NO,  NO
            OPERATOR,          YES, YES, YES, YES
            SUPPORT_ENGINEER,  YES, NO,  NO,  NO
            """)
    void maySeeAccount(Caller who, Allowed itself, Allowed ownPartners, Allowed otherPartners, Allowed standalone) {
        Viewer viewer = viewer(who);
        assertThat(policy.maySeeAccount(viewer, viewer.account())).as("itself").isEqualTo(itself == Allowed.YES);
        assertThat(policy.maySeeAccount(viewer, partnerAccount("colleague", CONTOSO, Set.of(), Set.of(ProgramAssociation.MPN))))
                .as("own partner's").isEqualTo(ownPartners == Allowed.YES);
        assertThat(policy.maySeeAccount(viewer, partnerAccount("stranger", FABRIKAM, Set.of(), Set.of(ProgramAssociation.MPN))))
                .as("other partner's").isEqualTo(otherPartners == Allowed.YES);
        assertThat(policy.maySeeAccount(viewer, Account.standalone(new AccountId("someone"), new Login("someone@outlook.com"),
                AccountKind.MSA, NOW))).as("standalone").isEqualTo(standalone == Allowed.YES);
    }

    // Contracts: own partner's (not linked to the caller), linked to the caller (Fabrikam's), other partner's (not linked).

    @ParameterizedTest(name = "{0}: own partner''s {1}, linked {2}, other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, YES, NO
            MPN_PARTNER_ADMIN, YES, YES, NO
            MPN_MEMBER,        YES, YES, NO
            MPN_ADMIN_AGENT,   YES, YES, NO
            CSP_GLOBAL_ADMIN,  NO,  YES, NO
            CSP_ADMIN_AGENT,   NO,  YES, NO
            STANDALONE_MSA,    NO,  YES, NO
            OPERATOR,          YES, YES, YES
            SUPPORT_ENGINEER,  YES, YES, YES
            """)
    void maySeeContract(Caller who, Allowed own, Allowed linkedToCaller, Allowed other) {
        assertContracts(who, policy::maySeeContract, own, linkedToCaller, other);
    }

    @ParameterizedTest(name = "{0}: own partner''s {1}, linked {2}, other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO,  NO
            MPN_PARTNER_ADMIN, YES, NO,  NO
            MPN_MEMBER,        YES, NO,  NO
            MPN_ADMIN_AGENT,   YES, NO,  NO
            CSP_GLOBAL_ADMIN,  NO,  NO,  NO
            CSP_ADMIN_AGENT,   NO,  NO,  NO
            STANDALONE_MSA,    NO,  NO,  NO
            OPERATOR,          YES, YES, YES
            SUPPORT_ENGINEER,  YES, YES, YES
            """)
    void maySeeUsageOf(Caller who, Allowed own, Allowed linkedToCaller, Allowed other) {
        assertContracts(who, policy::maySeeUsageOf, own, linkedToCaller, other);
    }

    @ParameterizedTest(name = "{0}: own partner''s {1}, linked {2}, other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  NO, YES, NO
            MPN_PARTNER_ADMIN, NO, YES, NO
            MPN_MEMBER,        NO, YES, NO
            MPN_ADMIN_AGENT,   NO, YES, NO
            CSP_GLOBAL_ADMIN,  NO, YES, NO
            CSP_ADMIN_AGENT,   NO, YES, NO
            STANDALONE_MSA,    NO, YES, NO
            OPERATOR,          NO, YES, NO
            SUPPORT_ENGINEER,  NO, NO,  NO
            """)
    void mayRaiseOn(Caller who, Allowed own, Allowed linkedToCaller, Allowed other) {
        assertContracts(who, policy::mayRaiseOn, own, linkedToCaller, other);
    }

    @ParameterizedTest(name = "{0}: own partner''s {1}, linked {2}, other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO, NO
            MPN_PARTNER_ADMIN, YES, NO, NO
            MPN_MEMBER,        NO,  NO, NO
            MPN_ADMIN_AGENT,   NO,  NO, NO
            CSP_GLOBAL_ADMIN,  NO,  NO, NO
            CSP_ADMIN_AGENT,   NO,  NO, NO
            STANDALONE_MSA,    NO,  NO, NO
            OPERATOR,          NO,  NO, NO
            SUPPORT_ENGINEER,  NO,  NO, NO
            SUPPORT_TOKEN_OF_ADMIN, NO, NO, NO
            """)
    void mayControlContract(Caller who, Allowed own, Allowed linkedToCaller, Allowed other) {
        assertContracts(who, policy::mayControlContract, own, linkedToCaller, other);
    }

    @ParameterizedTest(name = "{0}: own partner''s {1}, linked {2}, other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO,  NO
            MPN_PARTNER_ADMIN, YES, NO,  NO
            MPN_MEMBER,        NO,  NO,  NO
            MPN_ADMIN_AGENT,   NO,  NO,  NO
            CSP_GLOBAL_ADMIN,  NO,  NO,  NO
            CSP_ADMIN_AGENT,   NO,  NO,  NO
            STANDALONE_MSA,    NO,  NO,  NO
            OPERATOR,          YES, YES, YES
            SUPPORT_ENGINEER,  NO,  NO,  NO
            """)
    void maySeeContractHistory(Caller who, Allowed own, Allowed linkedToCaller, Allowed other) {
        assertContracts(who, policy::maySeeContractHistory, own, linkedToCaller, other);
    }

    @ParameterizedTest(name = "{0}: own link {1}, someone''s on own partner''s {2}, someone''s on other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, YES, NO
            MPN_PARTNER_ADMIN, YES, YES, NO
            MPN_MEMBER,        YES, NO,  NO
            MPN_ADMIN_AGENT,   YES, NO,  NO
            CSP_GLOBAL_ADMIN,  YES, NO,  NO
            CSP_ADMIN_AGENT,   YES, NO,  NO
            STANDALONE_MSA,    YES, NO,  NO
            OPERATOR,          YES, NO,  NO
            SUPPORT_ENGINEER,  NO,  NO,  NO
            SUPPORT_TOKEN_OF_ADMIN, NO, NO, NO
            """)
    void mayUnlink(Caller who, Allowed ownLink, Allowed someonesOnOwnPartners, Allowed someonesOnOtherPartners) {
        Viewer viewer = viewer(who);
        AccountId someone = new AccountId("someone");
        assertThat(policy.mayUnlink(viewer, linked, viewer.account().id())).as("own link").isEqualTo(ownLink == Allowed.YES);
        assertThat(policy.mayUnlink(viewer, ownPartners, someone)).as("someone's on own partner's")
                .isEqualTo(someonesOnOwnPartners == Allowed.YES);
        assertThat(policy.mayUnlink(viewer, otherPartners, someone)).as("someone's on other partner's")
                .isEqualTo(someonesOnOtherPartners == Allowed.YES);
    }

    // Incidents: raised by the caller, or by someone else on each kind of contract, or for a CSP customer.

    @ParameterizedTest(name = "{0}: own {1}, others'' on own partner''s {2}, on linked {3}, on other partner''s {4}, for a CSP customer {5}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, YES, NO,  NO,  NO
            MPN_PARTNER_ADMIN, YES, YES, NO,  NO,  NO
            MPN_MEMBER,        YES, YES, NO,  NO,  NO
            MPN_ADMIN_AGENT,   YES, YES, NO,  NO,  NO
            CSP_GLOBAL_ADMIN,  YES, NO,  NO,  NO,  NO
            CSP_ADMIN_AGENT,   YES, NO,  NO,  NO,  NO
            STANDALONE_MSA,    YES, NO,  NO,  NO,  NO
            OPERATOR,          YES, YES, YES, YES, NO
            SUPPORT_ENGINEER,  YES, YES, YES, YES, YES
            """)
    void maySeeIncident(Caller who, Allowed own, Allowed onOwnPartners, Allowed onLinked, Allowed onOtherPartners,
            Allowed forCspCustomer) {
        Viewer viewer = viewer(who);
        AccountId someone = new AccountId("someone");
        Map<SupportContractId, SupportContract> contracts = Map.of(ownPartners.id(), ownPartners, linked.id(), linked,
                otherPartners.id(), otherPartners);
        Predicate<Incident> sees = incident -> policy.maySeeIncident(viewer, incident,
                id -> Optional.ofNullable(contracts.get(id)));
        assertThat(sees.test(incident(viewer.account().id(), otherPartners))).as("own").isEqualTo(own == Allowed.YES);
        assertThat(sees.test(incident(someone, ownPartners))).as("on own partner's").isEqualTo(onOwnPartners == Allowed.YES);
        assertThat(sees.test(incident(someone, linked))).as("on linked").isEqualTo(onLinked == Allowed.YES);
        assertThat(sees.test(incident(someone, otherPartners))).as("on other partner's")
                .isEqualTo(onOtherPartners == Allowed.YES);
        assertThat(sees.test(incident(someone, null))).as("for a CSP customer").isEqualTo(forCspCustomer == Allowed.YES);
    }

    @ParameterizedTest(name = "{0}: own {1}, someone else''s {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO
            MPN_PARTNER_ADMIN, YES, NO
            MPN_MEMBER,        YES, NO
            MPN_ADMIN_AGENT,   YES, NO
            CSP_GLOBAL_ADMIN,  YES, NO
            CSP_ADMIN_AGENT,   YES, NO
            STANDALONE_MSA,    YES, NO
            OPERATOR,          YES, NO
            SUPPORT_ENGINEER,  NO,  NO
            SUPPORT_TOKEN_OF_ADMIN, NO, NO
            """)
    void mayWithdraw(Caller who, Allowed own, Allowed someoneElses) {
        Viewer viewer = viewer(who);
        assertThat(policy.mayWithdraw(viewer, incident(viewer.account().id(), linked))).as("own").isEqualTo(own == Allowed.YES);
        assertThat(policy.mayWithdraw(viewer, incident(new AccountId("someone"), linked))).as("someone else's")
                .isEqualTo(someoneElses == Allowed.YES);
    }

    // Who reads a contract's credentials (SPEC 5.1): the partner's own MPN accounts; not outsiders who
    // linked it, support engineers or operators, so a rotation locks out whoever learnt the old pair.

    @ParameterizedTest(name = "{0}: own partner''s {1}, linked {2}, other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO, NO
            MPN_PARTNER_ADMIN, YES, NO, NO
            MPN_MEMBER,        YES, NO, NO
            MPN_ADMIN_AGENT,   YES, NO, NO
            CSP_GLOBAL_ADMIN,  NO,  NO, NO
            CSP_ADMIN_AGENT,   NO,  NO, NO
            STANDALONE_MSA,    NO,  NO, NO
            OPERATOR,          NO,  NO, NO
            SUPPORT_ENGINEER,  NO,  NO, NO
            SUPPORT_TOKEN_OF_ADMIN, NO, NO, NO
            """)
    void mayReadCredentials(Caller who, Allowed own, Allowed linkedToCaller, Allowed other) {
        assertContracts(who, policy::mayReadCredentials, own, linkedToCaller, other);
        assertContracts(who, (viewer, contract) -> policy.contractAsReadBy(viewer, java.time.LocalDate.of(2026, 3, 1), contract,
                membershipOf(contract)).credentials().isPresent(), own, linkedToCaller, other);
    }

    @ParameterizedTest(name = "{0}: own partner''s {1}, linked {2}, other partner''s {3}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO,  NO
            MPN_PARTNER_ADMIN, YES, NO,  NO
            MPN_MEMBER,        YES, NO,  NO
            MPN_ADMIN_AGENT,   YES, NO,  NO
            CSP_GLOBAL_ADMIN,  NO,  NO,  NO
            CSP_ADMIN_AGENT,   NO,  NO,  NO
            STANDALONE_MSA,    NO,  NO,  NO
            OPERATOR,          YES, YES, YES
            SUPPORT_ENGINEER,  YES, YES, YES
            """)
    void maySeeAllIncidentsOf(Caller who, Allowed own, Allowed linkedToCaller, Allowed other) {
        assertContracts(who, policy::maySeeAllIncidentsOf, own, linkedToCaller, other);
    }

    @ParameterizedTest(name = "{0}: raised by himself {1}, by someone else {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  NO,  NO
            STANDALONE_MSA,    NO,  NO
            OPERATOR,          NO,  NO
            SUPPORT_ENGINEER,  NO,  YES
            SUPPORT_TOKEN_OF_ADMIN, NO, YES
            """)
    void mayWorkOn(Caller who, Allowed raisedByHimself, Allowed raisedBySomeoneElse) {
        Viewer viewer = viewer(who);
        assertThat(policy.mayWorkOn(viewer, incident(viewer.account().id(), ownPartners))).as("raised by himself")
                .isEqualTo(raisedByHimself == Allowed.YES);
        assertThat(policy.mayWorkOn(viewer, incident(new AccountId("someone"), ownPartners))).as("raised by someone else")
                .isEqualTo(raisedBySomeoneElse == Allowed.YES);
    }

    @ParameterizedTest(name = "{0}: own {1}, others'' on own partner''s {2}, on linked {3}, on other partner''s {4}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, YES, NO,  NO
            MPN_MEMBER,        YES, YES, NO,  NO
            CSP_GLOBAL_ADMIN,  YES, YES, NO,  NO
            STANDALONE_MSA,    YES, NO,  NO,  NO
            OPERATOR,          YES, YES, YES, YES
            SUPPORT_ENGINEER,  YES, YES, YES, YES
            """)
    void maySeeRaiserOf(Caller who, Allowed own, Allowed onOwnPartners, Allowed onLinked, Allowed onOtherPartners) {
        Viewer viewer = viewer(who);
        Map<SupportContractId, SupportContract> contracts = Map.of(ownPartners.id(), ownPartners, linked.id(), linked,
                otherPartners.id(), otherPartners);
        Predicate<Incident> sees = incident -> policy.maySeeRaiserOf(viewer, incident, id -> Optional.ofNullable(contracts.get(id)));
        AccountId someone = new AccountId("someone");
        assertThat(sees.test(incident(viewer.account().id(), otherPartners))).as("own").isEqualTo(own == Allowed.YES);
        assertThat(sees.test(incident(someone, ownPartners))).as("on own partner's").isEqualTo(onOwnPartners == Allowed.YES);
        assertThat(sees.test(incident(someone, linked))).as("on linked").isEqualTo(onLinked == Allowed.YES);
        assertThat(sees.test(incident(someone, otherPartners))).as("on other partner's").isEqualTo(onOtherPartners == Allowed.YES);
    }

    @ParameterizedTest(name = "{0}: own partner''s colleague shown whole {1}, other partner''s account shown whole {2}")
    @CsvSource(textBlock = """
            MPN_GLOBAL_ADMIN,  YES, NO
            STANDALONE_MSA,    NO,  NO
            OPERATOR,          YES, YES
            SUPPORT_ENGINEER,  NO,  NO
            """)
    void shownTo(Caller who, Allowed colleagueWhole, Allowed strangerWhole) {
        Viewer viewer = viewer(who);
        Account colleague = partnerAccount("colleague", CONTOSO, Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN));
        Account stranger = partnerAccount("stranger", FABRIKAM, Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN));
        assertThat(policy.shownTo(viewer, colleague).equals(colleague)).as("colleague").isEqualTo(colleagueWhole == Allowed.YES);
        assertThat(policy.shownTo(viewer, stranger).equals(stranger)).as("stranger").isEqualTo(strangerWhole == Allowed.YES);
        Account shown = policy.shownTo(viewer, stranger);
        assertThat(shown.login()).isEqualTo(stranger.login());
        if (strangerWhole == Allowed.NO) {
            assertThat(shown.roles()).isEmpty();
            assertThat(shown.associations()).isEmpty();
            assertThat(shown.partnerId()).isEmpty();
        }
    }

    private static com.partnerbenefits.domain.membership.Membership membershipOf(SupportContract contract) {
        return new com.partnerbenefits.domain.membership.Membership(contract.benefitId().membershipId(), contract.partnerId(),
                com.partnerbenefits.domain.membership.MembershipOffer.ACTION_PACK, Optional.empty(), java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 12, 31));
    }

    private interface PartnerRule {
        boolean allows(Viewer viewer, PartnerId partner);
    }

    private interface ContractRule {
        boolean allows(Viewer viewer, SupportContract contract);
    }

    private void assertPartners(Caller who, PartnerRule rule, Allowed own, Allowed other) {
        Viewer viewer = viewer(who);
        assertThat(rule.allows(viewer, CONTOSO)).as("own partner").isEqualTo(own == Allowed.YES);
        assertThat(rule.allows(viewer, FABRIKAM)).as("other partner").isEqualTo(other == Allowed.YES);
    }

    private void assertContracts(Caller who, ContractRule rule, Allowed own, Allowed linkedToCaller, Allowed other) {
        Viewer viewer = viewer(who);
        assertThat(rule.allows(viewer, ownPartners)).as("own partner's").isEqualTo(own == Allowed.YES);
        assertThat(rule.allows(viewer, linked)).as("linked").isEqualTo(linkedToCaller == Allowed.YES);
        assertThat(rule.allows(viewer, otherPartners)).as("other partner's").isEqualTo(other == Allowed.YES);
    }

    /** The caller, with the "linked" contract linked to its account. */
    private Viewer viewer(Caller who) {
        Set<ProgramAssociation> mpn = Set.of(ProgramAssociation.MPN);
        Set<ProgramAssociation> csp = Set.of(ProgramAssociation.CSP);
        Viewer viewer = switch (who) {
            case MPN_GLOBAL_ADMIN -> new Viewer(partnerAccount("ann", CONTOSO, Set.of(PartnerRole.GLOBAL_ADMIN), mpn), false);
            case MPN_PARTNER_ADMIN -> new Viewer(partnerAccount("ann", CONTOSO, Set.of(PartnerRole.MPN_PARTNER_ADMIN), mpn), false);
            case MPN_MEMBER -> new Viewer(partnerAccount("ann", CONTOSO, Set.of(), mpn), false);
            case MPN_ADMIN_AGENT -> new Viewer(partnerAccount("ann", CONTOSO, Set.of(PartnerRole.ADMIN_AGENT), mpn), false);
            case CSP_GLOBAL_ADMIN -> new Viewer(partnerAccount("ann", CONTOSO, Set.of(PartnerRole.GLOBAL_ADMIN), csp), false);
            case CSP_ADMIN_AGENT -> new Viewer(partnerAccount("ann", CONTOSO, Set.of(PartnerRole.ADMIN_AGENT), csp), false);
            case STANDALONE_MSA -> new Viewer(standalone("ann", AccountKind.MSA), false);
            case OPERATOR -> new Viewer(standalone("ops", AccountKind.AAD), true);
            case SUPPORT_ENGINEER -> new Viewer(standalone("support", AccountKind.AAD), false, true);
            case SUPPORT_TOKEN_OF_ADMIN -> new Viewer(partnerAccount("ann", CONTOSO, Set.of(PartnerRole.GLOBAL_ADMIN), mpn), false, true);
        };
        links.addIfNew(new ContractLink(linked.id(), viewer.account().id(), NOW));
        return viewer;
    }

    private static Account partnerAccount(String name, PartnerId partner, Set<PartnerRole> roles,
            Set<ProgramAssociation> associations) {
        return new Account(new AccountId(name), new Login(name + "@" + partner.value() + ".example"), AccountKind.AAD,
                Optional.of(partner), roles, associations, NOW);
    }

    private static Account standalone(String name, AccountKind kind) {
        return Account.standalone(new AccountId(name), new Login(name + "@outlook.com"), kind, NOW);
    }

    private static SupportContract contract(String id, PartnerId partner) {
        SplittableRandom random = new SplittableRandom(id.hashCode());
        return new SupportContract(new SupportContractId(id), new TechnicalBenefitId(new MembershipId("m-" + id),
                BenefitKind.MICROSOFT_PRODUCT_SUPPORT), partner, AccessId.random(random), ContractId.random(random),
                IncidentAllowance.of(5), 5, NOW);
    }

    private static Incident incident(AccountId raisedBy, SupportContract on) {
        IncidentRequest request = new IncidentRequest(Optional.ofNullable(on).map(SupportContract::id),
                on == null ? Optional.of("72f988bf-86f1-41af-91ab-2d7cd011db47") : Optional.empty(), new ProductId("sql"),
                "2022", "Server down", "", Severity.B);
        return new Incident(new IncidentId("i-" + raisedBy.value()), raisedBy, request, IncidentStatus.OPEN, NOW, "key");
    }
}
