package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.in.WithdrawIncidentUseCase;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.contract.Coverage;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.product.ProductVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Raising and withdrawing incidents without transactions. The count is taken by one conditional
 * update that also writes the ledger line, before the incident is stored; if the incident then
 * cannot be stored (a failure, or a concurrent request with the same key won) the count is given
 * back, once per incident, with its own ledger line.
 */
public class IncidentService implements RaiseIncidentUseCase, WithdrawIncidentUseCase {

    private final IncidentStore incidents;
    private final SupportContractStore contracts;
    private final MembershipStore memberships;
    private final ProductStore products;
    private final ContractAccess access;
    private final IdGenerator ids;
    private final Clock clock;

    public IncidentService(IncidentStore incidents, SupportContractStore contracts, MembershipStore memberships,
            ProductStore products, ContractLinkStore links, IdGenerator ids, Clock clock) {
        this.incidents = incidents;
        this.contracts = contracts;
        this.memberships = memberships;
        this.products = products;
        this.access = new ContractAccess(links);
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A replayed key is not looked up first: the unique index on (account, key) turns the replay's
     * insert away and its count is given back, and a refusal is answered only once no incident has
     * that key. A first request, the common case, so costs one round trip less.
     */
    @Override
    public Result<Raised> raise(Viewer viewer, Command command) {
        Result<Raised> raised = raiseUnlessRefused(viewer, command);
        if (raised instanceof Result.Refused<Raised> refused && !refused.equals(Result.refused(RefusalCode.IDEMPOTENCY_KEY_REUSED))) {
            return incidents.findByKey(viewer.account().id(), command.idempotencyKey())
                    .map(earlier -> replay(earlier, command.request())).orElse(raised);
        }
        return raised;
    }

    private Result<Raised> raiseUnlessRefused(Viewer viewer, Command command) {
        IncidentRequest request = command.request();
        Optional<Product> product = products.findProduct(request.productId());
        if (product.isEmpty()) {
            return Result.refused(Refusal.notFound("productId"));
        }
        Optional<ProductVersion> version = product.get().version(request.productVersion());
        if (version.isEmpty()) {
            return Result.refused(Refusal.notFound("productVersion"));
        }
        return request.contractId().isPresent()
                ? raiseOnContract(viewer, command, request.contractId().get(), product.get(), version.get())
                : raiseForCspCustomer(viewer, command, product.get(), version.get());
    }

    private Result<Raised> raiseOnContract(Viewer viewer, Command command, SupportContractId contractId, Product product,
            ProductVersion version) {
        Optional<SupportContract> linked = contracts.findContract(contractId).filter(c -> access.isLinkedTo(viewer, c));
        if (linked.isEmpty()) {
            return Result.refused(RefusalCode.CONTRACT_NOT_LINKED);
        }
        SupportContract contract = linked.get();
        Membership membership = memberships.findMembership(contract.benefitId().membershipId()).orElseThrow();
        List<UnavailabilityReason> reasons = Coverage.reasons(contract, membership.endsOn(), product, version,
                LocalDate.now(clock));
        if (!reasons.isEmpty()) {
            return Result.refused(refusalFor(reasons.get(0), product, membership));
        }
        AccountId account = viewer.account().id();
        IncidentId id = new IncidentId(ids.newId());
        Instant now = clock.instant();
        SupportContract afterwards = contract;
        if (!contract.allowance().unlimited()) {
            Optional<SupportContract> consumed = contracts.consume(contract.id(),
                    new UsageEntry(UsageEntry.Kind.CONSUMED, id, account, now));
            if (consumed.isEmpty()) {
                return Result.refused(RefusalCode.NO_INCIDENTS_REMAINING);
            }
            afterwards = consumed.get();
        }
        Incident incident = Incident.raise(id, account, command.request(), now, command.idempotencyKey());
        if (store(incident, contract)) {
            if (contract.allowance().unlimited()) {
                contracts.noteRaised(contract.id(), incident.id());
            }
            return Result.succeeded(new Raised(incident, Optional.of(new BenefitContract(afterwards, membership))));
        }
        return replay(incidents.findByKey(account, command.idempotencyKey()).orElseThrow(), command.request());
    }

    private Result<Raised> raiseForCspCustomer(Viewer viewer, Command command, Product product, ProductVersion version) {
        if (!viewer.account().mayRaiseCspIncidents()) {
            return Result.refused(RefusalCode.NOT_AUTHORIZED);
        }
        if (product.kind() != ProductKind.CLOUD) {
            return Result.refused(RefusalCode.PRODUCT_KIND_NOT_COVERED);
        }
        if (!version.supported()) {
            return Result.refused(RefusalCode.PRODUCT_VERSION_NOT_SUPPORTED);
        }
        AccountId account = viewer.account().id();
        Incident incident = Incident.raise(new IncidentId(ids.newId()), account, command.request(), clock.instant(),
                command.idempotencyKey());
        if (incidents.addIfKeyFree(incident)) {
            return Result.succeeded(new Raised(incident, Optional.empty()));
        }
        return replay(incidents.findByKey(account, command.idempotencyKey()).orElseThrow(), command.request());
    }

    /** Stores the incident, giving its count back when it is not stored (and rethrowing a failure). */
    private boolean store(Incident incident, SupportContract contract) {
        boolean stored;
        try {
            stored = incidents.addIfKeyFree(incident);
        } catch (RuntimeException failure) {
            giveBackUnstored(incident, contract);
            throw failure;
        }
        if (!stored) {
            giveBackUnstored(incident, contract);
        }
        return stored;
    }

    private void giveBackUnstored(Incident incident, SupportContract contract) {
        giveBack(incident, contract);
        if (!contract.allowance().unlimited()) {
            contracts.forgetRaised(contract.id(), incident.id());
        }
    }

    private void giveBack(Incident incident, SupportContract contract) {
        if (!contract.allowance().unlimited()) {
            contracts.refund(contract.id(), new UsageEntry(UsageEntry.Kind.REFUNDED, incident.id(), incident.raisedBy(),
                    clock.instant()));
        }
    }

    private Result<Raised> replay(Incident earlier, IncidentRequest request) {
        if (!earlier.replays(request)) {
            return Result.refused(Refusal.of(RefusalCode.IDEMPOTENCY_KEY_REUSED));
        }
        return Result.succeeded(new Raised(earlier, currentContract(earlier)));
    }

    private Optional<BenefitContract> currentContract(Incident incident) {
        return incident.request().contractId().flatMap(contracts::findContract).map(contract -> new BenefitContract(
                contract, memberships.findMembership(contract.benefitId().membershipId()).orElseThrow()));
    }

    /** A cloud product on the product-support contract of a membership without cloud support gets the precise answer. */
    private static Refusal refusalFor(UnavailabilityReason reason, Product product, Membership membership) {
        switch (reason) {
            case EXPIRED:
                return Refusal.of(RefusalCode.CONTRACT_EXPIRED);
            case EXHAUSTED:
                return Refusal.of(RefusalCode.NO_INCIDENTS_REMAINING);
            case PRODUCT_VERSION_NOT_SUPPORTED:
                return Refusal.of(RefusalCode.PRODUCT_VERSION_NOT_SUPPORTED);
            default:
                boolean noCloudSupport = product.kind() == ProductKind.CLOUD
                        && TechnicalBenefit.grantedBy(membership, BenefitKind.SIGNATURE_CLOUD_SUPPORT).isEmpty();
                return Refusal.of(noCloudSupport ? RefusalCode.CLOUD_SUPPORT_NOT_INCLUDED : RefusalCode.PRODUCT_KIND_NOT_COVERED);
        }
    }

    /** The count goes back first (at most once per incident), so a withdrawal cut short can simply be repeated. */
    @Override
    public Result<Raised> withdraw(Viewer viewer, IncidentId id) {
        AccountId account = viewer.account().id();
        Optional<Incident> own = incidents.findIncident(id).filter(incident -> incident.raisedBy().equals(account));
        if (own.isEmpty()) {
            return Result.refused(Refusal.notFound("incidentId"));
        }
        if (own.get().status() != IncidentStatus.OPEN) {
            return Result.refused(RefusalCode.INCIDENT_NOT_OPEN);
        }
        own.get().request().contractId().flatMap(contracts::findContract).ifPresent(contract -> giveBack(own.get(), contract));
        return incidents.withdrawIfOpen(id, account)
                .<Result<Raised>>map(withdrawn -> Result.succeeded(new Raised(withdrawn, currentContract(withdrawn))))
                .orElseGet(() -> Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
    }
}
