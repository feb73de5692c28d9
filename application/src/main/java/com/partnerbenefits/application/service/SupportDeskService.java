package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.IncidentContractsQuery;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalReason;
import com.partnerbenefits.application.port.in.ResolveIncidentUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.StartIncidentWorkUseCase;
import com.partnerbenefits.application.port.in.SupportQueueQuery;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.Resolution;
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The support engineers' side: the queue, starting work, resolving. Every status change is decided
 * by the incident (the domain) and stored by a conditional update on the status it was read in, so
 * of two concurrent changes exactly one wins; the loser reads again and decides again. The status
 * only moves forward, so this ends within a few rounds. A resolution as a product defect is stored
 * first and then gives the incident back through the store's refund-once update; a retry of a
 * resolution cut short between the two completes the refund and answers INCIDENT_NOT_OPEN.
 */
public class SupportDeskService implements StartIncidentWorkUseCase, ResolveIncidentUseCase, SupportQueueQuery,
        IncidentContractsQuery {

    /** OPEN → IN_PROGRESS → RESOLVED: a reader can lose to at most two changes, then the status is final. */
    private static final int ROUNDS = 3;

    private final AccessPolicy policy;
    private final IncidentStore incidents;
    private final SupportContractStore contracts;
    private final MembershipStore memberships;
    private final IncidentRefunds refunds;
    private final Clock clock;

    public SupportDeskService(AccessPolicy policy, IncidentStore incidents, SupportContractStore contracts, MembershipStore memberships,
            Clock clock) {
        this.policy = policy;
        this.incidents = incidents;
        this.contracts = contracts;
        this.memberships = memberships;
        this.refunds = new IncidentRefunds(contracts, clock);
        this.clock = clock;
    }

    @Override
    public Result<IncidentPage, SupportQueueQuery.Reason> supportQueue(Viewer viewer, SupportQueue.Filter filter, PageRequest<SupportQueue.Cursor> page) {
        if (!policy.mayWorkIncidents(viewer)) {
            return Result.refused(SupportQueueQuery.Reason.NOT_AUTHORIZED);
        }
        return Result.succeeded(incidents.supportQueue(filter, page.first(), page.after()));
    }

    @Override
    public Result<Incident, StartIncidentWorkUseCase.Reason> startWork(Viewer viewer, IncidentId id) {
        if (!policy.mayWorkIncidents(viewer)) {
            return Result.refused(StartIncidentWorkUseCase.Reason.NOT_AUTHORIZED);
        }
        if (raisedByTheEngineer(viewer, id)) {
            return Result.refused(StartIncidentWorkUseCase.Reason.NOT_AUTHORIZED);
        }
        return change(id, incident -> incident.startWork(clock.instant()), StartIncidentWorkUseCase.Reason.INCIDENT_NOT_OPEN,
                notOpen -> {
                });
    }

    @Override
    public Result<Resolved, ResolveIncidentUseCase.Reason> resolve(Viewer viewer, Command command) {
        if (!policy.mayWorkIncidents(viewer)) {
            return Result.refused(ResolveIncidentUseCase.Reason.NOT_AUTHORIZED);
        }
        if (raisedByTheEngineer(viewer, command.incident())) {
            return Result.refused(ResolveIncidentUseCase.Reason.NOT_AUTHORIZED);
        }
        Resolution resolution = new Resolution(command.cause(), command.note(), clock.instant());
        Result<Incident, ResolveIncidentUseCase.Reason> resolved = change(command.incident(), incident -> incident.resolve(resolution),
                ResolveIncidentUseCase.Reason.INCIDENT_NOT_OPEN, notOpen -> refunds.settle(notOpen, viewer.account().id()));
        return resolved.map(incident -> {
            refunds.settle(incident, viewer.account().id());
            return new Resolved(incident, contractOf(viewer, incident));
        });
    }

    @Override
    public Map<SupportContractId, BenefitContract> contractsOf(Viewer viewer, Set<SupportContractId> ids) {
        Map<SupportContractId, SupportContract> visible = new HashMap<>();
        contracts.findContracts(ids).forEach((id, contract) -> {
            if (policy.maySeeContract(viewer, contract)) {
                visible.put(id, contract);
            }
        });
        if (visible.isEmpty()) {
            return Map.of();
        }
        Map<MembershipId, Membership> grantedBy = memberships.findMemberships(visible.values().stream()
                .map(contract -> contract.benefitId().membershipId()).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        Map<SupportContractId, BenefitContract> answer = new HashMap<>();
        visible.forEach((id, contract) -> Optional.ofNullable(grantedBy.get(contract.benefitId().membershipId()))
                .ifPresent(membership -> answer.put(id, policy.contractAsReadBy(viewer, today, contract, membership))));
        return answer;
    }

    /**
     * Reads, lets the incident decide, stores under the status read; {@code whenNotOpen} sees an
     * incident whose status refuses the change, which is refused with {@code notOpen}.
     */
    private <R extends RefusalReason> Result<Incident, R> change(IncidentId id, Function<Incident, Optional<Incident>> decide, R notOpen,
            Consumer<Incident> whenNotOpen) {
        for (int round = 0; round < ROUNDS; round++) {
            Optional<Incident> current = incidents.findIncident(id);
            if (current.isEmpty()) {
                return Result.refused(Refusal.notFound("incidentId"));
            }
            Optional<Incident> next = decide.apply(current.get());
            if (next.isEmpty()) {
                whenNotOpen.accept(current.get());
                return Result.refused(notOpen);
            }
            Optional<Incident> stored = incidents.changeIfStatus(next.get(), current.get().status());
            if (stored.isPresent()) {
                return Result.succeeded(stored.get());
            }
        }
        return Result.refused(notOpen);
    }

    /** An engineer works no incident his own login raised (SPEC 5.1); the raiser never changes, so reading it once decides. */
    private boolean raisedByTheEngineer(Viewer viewer, IncidentId id) {
        return incidents.findIncident(id).filter(incident -> !policy.mayWorkOn(viewer, incident)).isPresent();
    }

    private Optional<BenefitContract> contractOf(Viewer viewer, Incident incident) {
        LocalDate today = LocalDate.now(clock);
        return incident.request().contractId().flatMap(contracts::findWithMembership)
                .flatMap(read -> policy.visibleContract(viewer, today, read.contract(), read.membership()));
    }
}
