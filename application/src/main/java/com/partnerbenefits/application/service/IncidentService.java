package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UnavailabilityAnswers;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.in.WithdrawIncidentUseCase;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.Coverage;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.IncidentUsage;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Raising and withdrawing incidents without transactions. The count is taken by one conditional
 * update that also writes the ledger line, before the incident is stored; if the incident then
 * cannot be stored (a failure, or a concurrent request with the same key won) the count is given
 * back, once per incident, with its own ledger line. The first response is due by the
 * {@code FirstResponsePolicy}, in the business hours of the partner's time zone.
 */
public class IncidentService implements RaiseIncidentUseCase, WithdrawIncidentUseCase {

    private static final String PRODUCT_VERSION = "productVersion";

    private final AccessPolicy policy;
    private final IncidentStore incidents;
    private final SupportContractStore contracts;
    private final ProductStore products;
    private final PartnerStore partners;
    private final IncidentRefunds refunds;
    private final IdGenerator ids;
    private final Clock clock;

    public IncidentService(AccessPolicy policy, IncidentStore incidents, SupportContractStore contracts,
            ProductStore products, PartnerStore partners, IdGenerator ids, Clock clock) {
        this.policy = policy;
        this.incidents = incidents;
        this.contracts = contracts;
        this.products = products;
        this.partners = partners;
        this.refunds = new IncidentRefunds(contracts, clock);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result<Raised, RaiseIncidentUseCase.Reason> raise(Viewer viewer, Command command) {
        if (!policy.mayRaiseIncidents(viewer)) {
            return Result.refused(RaiseIncidentUseCase.Reason.NOT_AUTHORIZED); // they work incidents; they raise none
        }
        IncidentRequest request = command.request();
        Optional<Incident> earlier = incidents.findByKey(viewer.account().id(), command.idempotencyKey());
        if (earlier.isPresent()) {
            return replay(viewer, earlier.get(), request);
        }
        Optional<Product> product = products.findProduct(request.productId());
        if (product.isEmpty()) {
            return Result.refused(Refusal.notFound("productId"));
        }
        Optional<ProductVersion> version = product.get().version(request.productVersion());
        if (version.isEmpty()) {
            return Result.refused(Refusal.notFound(PRODUCT_VERSION));
        }
        return request.contractId().isPresent()
                ? raiseOnContract(viewer, command, request.contractId().get(), product.get(), version.get())
                : raiseForCspCustomer(viewer, command, product.get(), version.get());
    }

    private Result<Raised, RaiseIncidentUseCase.Reason> raiseOnContract(Viewer viewer, Command command, SupportContractId contractId, Product product,
            ProductVersion version) {
        Optional<SupportContractStore.WithMembership> linked = contracts.findWithMembership(contractId)
                .filter(pair -> policy.mayRaiseOn(viewer, pair.contract()));
        if (linked.isEmpty()) {
            return Result.refused(RaiseIncidentUseCase.Reason.CONTRACT_NOT_LINKED);
        }
        SupportContract contract = linked.get().contract();
        Membership membership = linked.get().membership();
        List<UnavailabilityReason> reasons = Coverage.reasons(contract, membership, product, version, LocalDate.now(clock));
        if (!reasons.isEmpty()) {
            return Result.refused(refusalWhenRaising(reasons.get(0)));
        }
        AccountId account = viewer.account().id();
        ZoneId businessHours = businessHoursOf(contract.partnerId());
        IncidentId id = new IncidentId(ids.newId());
        Instant now = clock.instant();
        SupportContract afterwards = contract;
        Optional<IncidentUsage.Take> take = IncidentUsage.take(contract, id, account, now);
        if (take.isPresent()) {
            Optional<SupportContract> taken = contracts.take(take.get());
            if (taken.isEmpty()) {
                return Result.refused(UnavailabilityAnswers.whenRaising(UnavailabilityReason.EXHAUSTED));
            }
            afterwards = taken.get();
        }
        Incident incident = Incident.raise(id, account, command.request(), now, command.idempotencyKey(), businessHours);
        if (store(incident, contract)) {
            if (take.isEmpty()) {
                contracts.noteRaised(contract.id(), incident.id()); // a take counted it among the latest already
            }
            return Result.succeeded(new Raised(incident, Optional.of(policy.contractAsReadBy(viewer, LocalDate.now(clock), afterwards, membership)),
                    Optional.of(product)));
        }
        return replay(viewer, incidents.findByKey(account, command.idempotencyKey()).orElseThrow(), command.request());
    }

    private Result<Raised, RaiseIncidentUseCase.Reason> raiseForCspCustomer(Viewer viewer, Command command, Product product, ProductVersion version) {
        if (!policy.mayRaiseForCspCustomers(viewer)) {
            return Result.refused(RaiseIncidentUseCase.Reason.NOT_AUTHORIZED);
        }
        List<UnavailabilityReason> reasons = Coverage.cspPlanReasons(product, version);
        if (!reasons.isEmpty()) {
            return Result.refused(refusalWhenRaising(reasons.get(0)));
        }
        AccountId account = viewer.account().id();
        ZoneId businessHours = businessHoursOf(viewer.account().partnerId().orElseThrow());
        Incident incident = Incident.raise(new IncidentId(ids.newId()), account, command.request(), clock.instant(),
                command.idempotencyKey(), businessHours);
        if (incidents.addIfKeyFree(incident)) {
            return Result.succeeded(new Raised(incident, Optional.empty(), Optional.of(product)));
        }
        return replay(viewer, incidents.findByKey(account, command.idempotencyKey()).orElseThrow(), command.request());
    }

    /** First responses are due in the business hours of the partner that owns the contract (or raises under CSP). */
    private ZoneId businessHoursOf(PartnerId partner) {
        return partners.findPartner(partner).map(Partner::timeZone).orElse(Partner.DEFAULT_TIME_ZONE);
    }

    /** Stores the incident, giving its count back when it is not stored (and rethrowing a failure). */
    private boolean store(Incident incident, SupportContract contract) {
        boolean stored;
        try {
            stored = incidents.addIfKeyFree(incident);
        } catch (RuntimeException failure) {
            giveBack(incident, contract);
            throw failure;
        }
        if (!stored) {
            giveBack(incident, contract);
        }
        return stored;
    }

    private void giveBack(Incident incident, SupportContract contract) {
        if (!contract.allowance().unlimited()) {
            refunds.giveBack(incident, incident.raisedBy(), UsageEntry.RefundReason.NOT_STORED);
        }
    }

    private Result<Raised, RaiseIncidentUseCase.Reason> replay(Viewer viewer, Incident earlier, IncidentRequest request) {
        if (!earlier.replays(request)) {
            return Result.refused(RaiseIncidentUseCase.Reason.IDEMPOTENCY_KEY_REUSED);
        }
        return Result.succeeded(new Raised(earlier, currentContract(viewer, earlier), productOf(earlier)));
    }

    /** The contract as it is now, only if the caller still may see it (an unlinked raiser may not), as the policy lets him read it. */
    private Optional<BenefitContract> currentContract(Viewer viewer, Incident incident) {
        LocalDate today = LocalDate.now(clock);
        return incident.request().contractId().flatMap(contracts::findWithMembership)
                .flatMap(pair -> policy.visibleContract(viewer, today, pair.contract(), pair.membership()));
    }

    private Optional<Product> productOf(Incident incident) {
        return products.findProduct(incident.request().productId());
    }

    /** The refusal code comes from the one mapping for raising; a version too old names the field it is about. */
    private static Refusal refusalWhenRaising(UnavailabilityReason reason) {
        Refusal refusal = Refusal.of(UnavailabilityAnswers.whenRaising(reason));
        return reason == UnavailabilityReason.PRODUCT_VERSION_NOT_SUPPORTED ? refusal.on(PRODUCT_VERSION) : refusal;
    }

    /**
     * The status changes first (one conditional update: only an OPEN incident, so work started or a
     * resolution can't be undone by a withdrawal), then the incident goes back, once. A withdrawal cut
     * short between the two is completed by repeating it, which answers INCIDENT_NOT_OPEN.
     */
    @Override
    public Result<Raised, WithdrawIncidentUseCase.Reason> withdraw(Viewer viewer, IncidentId id) {
        if (!policy.mayActForItsAccount(viewer)) {
            return Result.refused(WithdrawIncidentUseCase.Reason.NOT_AUTHORIZED);
        }
        AccountId account = viewer.account().id();
        Optional<Incident> own = incidents.findIncident(id).filter(incident -> policy.mayWithdraw(viewer, incident));
        if (own.isEmpty()) {
            return Result.refused(Refusal.notFound("incidentId"));
        }
        if (!own.get().mayBeWithdrawn()) {
            refunds.settle(own.get(), account);
            return Result.refused(WithdrawIncidentUseCase.Reason.INCIDENT_NOT_OPEN);
        }
        Optional<Incident> withdrawn = incidents.withdrawIfOpen(id, account);
        if (withdrawn.isEmpty()) {
            return Result.refused(WithdrawIncidentUseCase.Reason.INCIDENT_NOT_OPEN); // a concurrent change won, and settles itself
        }
        refunds.settle(withdrawn.get(), account);
        return Result.succeeded(new Raised(withdrawn.get(), currentContract(viewer, withdrawn.get()), productOf(withdrawn.get())));
    }
}
