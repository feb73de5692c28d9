package com.partnerbenefits.application.access;

import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may see or do what: the one place every use case, and the back-office and support-desk
 * controllers' early role check, ask. The people:
 * <ul>
 * <li>operators (a token role) run the back office, and see every partner, account, benefit, contract
 * and contract history, but activate no benefit and control no contract themselves;</li>
 * <li>support engineers (a token role) work every incident and see the contract it was raised on
 * (without its credentials), and nothing else: a token with the role changes incident status and
 * nothing else, whatever partner roles its login has (it activates, links, raises, unlinks, rotates
 * and withdraws nothing), and its engineer works no incident his own login raised;</li>
 * <li>a partner's accounts see the partner and its people; its MPN-associated accounts also see its
 * memberships, benefits and contracts; of those, Global Admins and MPN Partner Admins activate
 * benefits and control the contracts (revoke links, rotate credentials, read the history);</li>
 * <li>an Admin Agent of a CSP-associated partner raises incidents for its cloud customers;</li>
 * <li>any account, standalone ones included, sees and raises on the contracts linked to it, sees its
 * own incidents and revokes its own links; outside the contract's partner it sees, of the contract's
 * incidents, only those it raised.</li>
 * </ul>
 * A contract's Access ID and Contract ID are read only by its partner's own MPN-associated accounts
 * ({@link #mayReadCredentials}); every read model of a contract is built by {@link #contractAsReadBy},
 * so no path can answer them to anyone else.
 * Each rule answers yes or no; the use case picks the refusal (NOT_FOUND where the object must stay
 * unknown to the caller, NOT_AUTHORIZED where it may know the object exists).
 */
public final class AccessPolicy {

    private static final Set<PartnerRole> ADMINS = Set.of(PartnerRole.GLOBAL_ADMIN, PartnerRole.MPN_PARTNER_ADMIN);

    private final ContractLinkStore links;

    public AccessPolicy(ContractLinkStore links) {
        this.links = links;
    }

    // The roles of the token.

    /** The back office: registering partners, accounts, products, memberships; the operator's desk. */
    public boolean mayOperate(Viewer viewer) {
        return viewer.operator();
    }

    /** Whose notifications the viewer reads: their own, and the support desk's when they are a support engineer. */
    public Set<Recipient> notificationsOf(Viewer viewer) {
        Recipient own = Recipient.account(viewer.account().id());
        return viewer.supportEngineer() ? Set.of(own, Recipient.SUPPORT_DESK) : Set.of(own);
    }

    /** The support queue, starting work on an incident and resolving it. */
    public boolean mayWorkIncidents(Viewer viewer) {
        return viewer.supportEngineer();
    }

    /** Starting work on or resolving this incident: a support engineer, never on one his own login raised. */
    public boolean mayWorkOn(Viewer viewer, Incident incident) {
        return mayWorkIncidents(viewer) && !isRaiserOf(viewer, incident);
    }

    /**
     * SPEC 5.1, the support lane: a token with the support engineer role changes incident status and
     * nothing else, whatever partner roles its login has; every other change asks this first.
     */
    public boolean mayActForItsAccount(Viewer viewer) {
        return !viewer.supportEngineer();
    }

    /** Operators are not counted by the mutation rate limit: the back office loads data in bulk. */
    public boolean isExemptFromMutationRateLimit(Viewer viewer) {
        return viewer.operator();
    }

    // Partners and their people.

    /** Operators and the partner's own accounts see the partner and its people. */
    public boolean maySeePartner(Viewer viewer, PartnerId partner) {
        return viewer.operator() || viewer.account().belongsTo(partner);
    }

    /** An account sees itself, a partner's accounts those who may see the partner, a standalone one operators. */
    public boolean maySeeAccount(Viewer viewer, Account account) {
        if (viewer.account().id().equals(account.id())) {
            return true;
        }
        return account.partnerId().map(partner -> maySeePartner(viewer, partner)).orElse(viewer.operator());
    }

    /**
     * An account named in what the caller may read (a history line, a link, a usage line, a raiser):
     * whole where {@link #maySeeAccount} allows, else by its login only, with no roles, associations or
     * partner, so nothing shows there that {@code node(account)} would hide.
     */
    public Account shownTo(Viewer viewer, Account account) {
        return maySeeAccount(viewer, account) ? account
                : Account.standalone(account.id(), account.login(), account.kind(), account.createdAt());
    }

    /** The partner's list of accounts: operators, and the partner's admins (who also see who linked its contracts). */
    public boolean maySeeAccountsOf(Viewer viewer, PartnerId partner) {
        return viewer.operator() || isAdminOf(viewer, partner);
    }

    // Memberships, benefits and their activation.

    /** Operators and the partner's MPN-associated accounts see its memberships and benefits; CSP-only accounts do not. */
    public boolean maySeeBenefitsOf(Viewer viewer, PartnerId partner) {
        return viewer.operator() || isMpnAccountOf(viewer, partner);
    }

    /** The partner's own MPN-associated accounts: those who may ask to activate (operators activate nothing). */
    public boolean isMpnAccountOf(Viewer viewer, PartnerId partner) {
        return viewer.account().belongsTo(partner) && viewer.account().isAssociatedWith(ProgramAssociation.MPN);
    }

    /** Of the partner's MPN-associated accounts, the Global Admins and MPN Partner Admins activate its benefits. */
    public boolean mayActivateBenefitsOf(Viewer viewer, PartnerId partner) {
        return mayActForItsAccount(viewer) && isAdminOf(viewer, partner);
    }

    // Support contracts.

    /** Support engineers, those who see the partner's benefits, and the accounts the contract is linked to. */
    public boolean maySeeContract(Viewer viewer, SupportContract contract) {
        return viewer.supportEngineer() || maySeeBenefitsOf(viewer, contract.partnerId()) || isLinkedTo(viewer, contract);
    }

    /** Who used the contract: its partner's benefit viewers and support engineers, not the other linked accounts. */
    public boolean maySeeUsageOf(Viewer viewer, SupportContract contract) {
        return viewer.supportEngineer() || maySeeBenefitsOf(viewer, contract.partnerId());
    }

    /**
     * SPEC 5.1: the Access ID and Contract ID go to the contract's own partner's MPN-associated accounts
     * only; not to the accounts that linked it from outside, support engineers or operators (nor through
     * a support or operator token whatever its login), so a rotation locks out whoever learnt the old pair.
     */
    public boolean mayReadCredentials(Viewer viewer, SupportContract contract) {
        return mayActForItsAccount(viewer) && !viewer.operator() && isMpnAccountOf(viewer, contract.partnerId());
    }

    /**
     * The contract as this viewer reads it, credentials included only where {@link #mayReadCredentials}
     * allows: the one way the application builds a contract's read model. Visibility is the caller's
     * check ({@link #maySeeContract}), made where the contract was found.
     */
    public BenefitContract contractAsReadBy(Viewer viewer, LocalDate today, SupportContract contract, Membership membership) {
        return BenefitContract.asOf(today, contract, membership, mayReadCredentials(viewer, contract));
    }

    /** The contract's read model if the viewer may see it at all ({@link #maySeeContract}), else empty. */
    public Optional<BenefitContract> visibleContract(Viewer viewer, LocalDate today, SupportContract contract, Membership membership) {
        return maySeeContract(viewer, contract) ? Optional.of(contractAsReadBy(viewer, today, contract, membership)) : Optional.empty();
    }

    /** Support engineers use no credentials. */
    public boolean mayLinkContracts(Viewer viewer) {
        return mayActForItsAccount(viewer);
    }

    /** The partner's admins rotate a contract's credentials (operators do not, nor a support token). */
    public boolean mayControlContract(Viewer viewer, SupportContract contract) {
        return mayActForItsAccount(viewer) && isAdminOf(viewer, contract.partnerId());
    }

    /** A linked account revokes its own link; the partner's admins revoke any (not through a support token). */
    public boolean mayUnlink(Viewer viewer, SupportContract contract, AccountId linked) {
        return mayActForItsAccount(viewer) && (viewer.account().id().equals(linked) || mayControlContract(viewer, contract));
    }

    /** Who linked the contract, who activated it, and its history: operators and the partner's admins. */
    public boolean maySeeContractHistory(Viewer viewer, SupportContract contract) {
        return viewer.operator() || isAdminOf(viewer, contract.partnerId());
    }

    // Incidents.

    /** Support engineers work incidents; they raise none. */
    public boolean mayRaiseIncidents(Viewer viewer) {
        return mayActForItsAccount(viewer);
    }

    /** An incident is raised on a contract linked to the caller's account. */
    public boolean mayRaiseOn(Viewer viewer, SupportContract contract) {
        return mayRaiseIncidents(viewer) && isLinkedTo(viewer, contract);
    }

    /** The Cloud Solution Provider plan: an Admin Agent of a CSP-associated partner raises cloud incidents for customers. */
    public boolean mayRaiseForCspCustomers(Viewer viewer) {
        Account account = viewer.account();
        return mayActForItsAccount(viewer) && account.partnerId().isPresent() && account.isAssociatedWith(ProgramAssociation.CSP)
                && account.roles().contains(PartnerRole.ADMIN_AGENT);
    }

    /** Only the account that raised an incident withdraws it. */
    public boolean mayWithdraw(Viewer viewer, Incident incident) {
        return mayActForItsAccount(viewer) && isRaiserOf(viewer, incident);
    }

    /**
     * Support engineers, the account that raised it, and whoever sees all the incidents of the contract it
     * was raised on ({@code contracts} is asked only when the first two do not decide).
     */
    public boolean maySeeIncident(Viewer viewer, Incident incident,
            Function<SupportContractId, Optional<SupportContract>> contracts) {
        return viewer.supportEngineer() || isRaiserOf(viewer, incident)
                || incident.request().contractId().flatMap(contracts).filter(c -> maySeeAllIncidentsOf(viewer, c)).isPresent();
    }

    /**
     * All of a contract's incidents: its partner's own members who see it, support engineers and
     * operators. An account outside the partner that linked it sees only those it raised (SPEC 5.1).
     */
    public boolean maySeeAllIncidentsOf(Viewer viewer, SupportContract contract) {
        return viewer.supportEngineer() || viewer.operator()
                || (viewer.account().belongsTo(contract.partnerId()) && maySeeContract(viewer, contract));
    }

    /** Who raised an incident (its login): the contract's partner's members, support engineers, operators and the raiser. */
    public boolean maySeeRaiserOf(Viewer viewer, Incident incident,
            Function<SupportContractId, Optional<SupportContract>> contracts) {
        return viewer.supportEngineer() || viewer.operator() || isRaiserOf(viewer, incident)
                || incident.request().contractId().flatMap(contracts)
                        .filter(c -> viewer.account().belongsTo(c.partnerId())).isPresent();
    }

    // Advisory hours (Technical Presales and Deployment).

    /** The partner's own MPN-associated accounts ask for advice on its memberships (SPEC 5.5); operators and engineers do not. */
    public boolean mayRequestAdvisoryFor(Viewer viewer, PartnerId partner) {
        return mayActForItsAccount(viewer) && isMpnAccountOf(viewer, partner);
    }

    /** Support engineers give the advice, so they complete it. */
    public boolean mayCompleteAdvisories(Viewer viewer) {
        return viewer.supportEngineer();
    }

    /** The account that asked, and the partner's admins, withdraw an advisory. */
    public boolean mayWithdraw(Viewer viewer, Advisory advisory, PartnerId partner) {
        return mayActForItsAccount(viewer) && (advisory.requestedBy().equals(viewer.account().id()) || isAdminOf(viewer, partner));
    }

    private boolean isAdminOf(Viewer viewer, PartnerId partner) {
        return isAdminAccountOf(viewer.account(), partner);
    }

    /** The partner's MPN Global Admins and MPN Partner Admins: those who activate its benefits and are told of its contracts. */
    public boolean isAdminAccountOf(Account account, PartnerId partner) {
        return account.belongsTo(partner) && account.isAssociatedWith(ProgramAssociation.MPN)
                && account.roles().stream().anyMatch(ADMINS::contains);
    }

    private static boolean isRaiserOf(Viewer viewer, Incident incident) {
        return incident.raisedBy().equals(viewer.account().id());
    }

    private boolean isLinkedTo(Viewer viewer, SupportContract contract) {
        return links.findLink(contract.id(), viewer.account().id()).isPresent();
    }
}
