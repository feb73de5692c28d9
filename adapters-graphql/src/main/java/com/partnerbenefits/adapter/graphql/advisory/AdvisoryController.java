package com.partnerbenefits.adapter.graphql.advisory;

import com.partnerbenefits.adapter.graphql.advisory.AdvisoryViews.AdvisoryHoursView;
import com.partnerbenefits.adapter.graphql.advisory.AdvisoryViews.AdvisoryView;
import com.partnerbenefits.adapter.graphql.advisory.AdvisoryViews.CompleteAdvisoryPayload;
import com.partnerbenefits.adapter.graphql.advisory.AdvisoryViews.RequestAdvisoryPayload;
import com.partnerbenefits.adapter.graphql.advisory.AdvisoryViews.WithdrawAdvisoryPayload;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.EdgeView;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.RelayConnection;
import com.partnerbenefits.adapter.graphql.partner.MembershipView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.OpaqueCursors;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.application.port.in.AdvisoriesQuery;
import com.partnerbenefits.application.port.in.AdvisoriesQuery.AdvisoryPage;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RequestAdvisoryUseCase;
import com.partnerbenefits.application.port.in.RequestAdvisoryUseCase.Advised;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.SettleAdvisoryUseCase;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.membership.MembershipId;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Advisory hours (SPEC 5.5): a membership's hours and advisories, and requesting, completing and withdrawing advice. */
@Controller
public class AdvisoryController {

    static final int DEFAULT_PAGE = 20;
    private static final String ADVISORY_ID = "advisoryId";

    public record RequestAdvisoryInput(String membershipId, String topic, String description, Integer hours, String idempotencyKey) {
    }

    public record CompleteAdvisoryInput(String advisoryId, Double hoursUsed) {
    }

    public record WithdrawAdvisoryInput(String advisoryId) {
    }

    private final RequestAdvisoryUseCase requesting;
    private final SettleAdvisoryUseCase settling;
    private final AdvisoriesQuery advisories;
    private final GlobalIds ids;
    private final Payloads payloads;

    public AdvisoryController(RequestAdvisoryUseCase requesting, SettleAdvisoryUseCase settling, AdvisoriesQuery advisories,
            GlobalIds ids, Payloads payloads) {
        this.requesting = requesting;
        this.settling = settling;
        this.advisories = advisories;
        this.ids = ids;
        this.payloads = payloads;
    }

    /** Read from the membership the page already has: no read of its own. */
    @SchemaMapping(typeName = "Membership")
    public AdvisoryHoursView advisoryHours(MembershipView membership) {
        return AdvisoryHoursView.of(membership.membership().membership().advisoryHours());
    }

    @SchemaMapping(typeName = "Membership")
    public RelayConnection<AdvisoryView> advisories(MembershipView membership, @Argument Integer first, @Argument String after,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        Optional<Advisory.Cursor> cursor = Optional.ofNullable(after).map(typed -> OpaqueCursors.timeAndKey(typed, "a",
                Advisory.Cursor::new));
        AdvisoryPage page = QueryRefusedException.valueOrThrow(advisories.advisoriesOf(viewer.get(),
                membership.membership().membership().id(), PageRequest.of(first, cursor, DEFAULT_PAGE)));
        List<EdgeView<AdvisoryView>> edges = page.items().stream().map(entry -> new EdgeView<>(
                OpaqueCursors.encode("a:" + entry.advisory().requestedAt().toEpochMilli() + ":" + entry.advisory().id()),
                view(entry.advisory(), entry.ledger()))).toList();
        return RelayConnection.of(edges, page.hasNext(), after != null, page.totalCount());
    }

    @MutationMapping
    public RequestAdvisoryPayload requestAdvisory(@Argument RequestAdvisoryInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<MembershipId> membership = ids.decode(NodeTypes.MEMBERSHIP, input.membershipId()).map(MembershipId::new);
        return payloads.run(() -> membership.map(id -> requesting.request(viewer.get(), RequestAdvisoryUseCase.Command.of(id,
                input.topic(), input.description(), input.hours(), input.idempotencyKey())))
                .orElseGet(() -> Result.refused(Refusal.notFound("membershipId"))),
                advised -> new RequestAdvisoryPayload(view(advised), hours(advised), List.of()),
                errors -> new RequestAdvisoryPayload(null, null, errors), env);
    }

    @MutationMapping
    public CompleteAdvisoryPayload completeAdvisory(@Argument CompleteAdvisoryInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<String> advisory = ids.decode(NodeTypes.ADVISORY, input.advisoryId());
        return payloads.run(() -> advisory.map(id -> settling.complete(viewer.get(), id, input.hoursUsed()))
                .orElseGet(() -> Result.refused(Refusal.notFound(ADVISORY_ID))),
                advised -> new CompleteAdvisoryPayload(view(advised), hours(advised), List.of()),
                errors -> new CompleteAdvisoryPayload(null, null, errors), env);
    }

    @MutationMapping
    public WithdrawAdvisoryPayload withdrawAdvisory(@Argument WithdrawAdvisoryInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<String> advisory = ids.decode(NodeTypes.ADVISORY, input.advisoryId());
        return payloads.run(() -> advisory.map(id -> settling.withdraw(viewer.get(), id))
                .orElseGet(() -> Result.refused(Refusal.notFound(ADVISORY_ID))),
                advised -> new WithdrawAdvisoryPayload(view(advised), hours(advised), List.of()),
                errors -> new WithdrawAdvisoryPayload(null, null, errors), env);
    }

    /** A mutation's advisory: its ledger is read through Membership.advisories. */
    private AdvisoryView view(Advised advised) {
        return view(advised.advisory(), List.of());
    }

    private AdvisoryView view(Advisory advisory, List<com.partnerbenefits.domain.advisory.AdvisoryLine> ledger) {
        return AdvisoryView.of(ids.encode(NodeTypes.ADVISORY, advisory.id()), advisory, ledger);
    }

    private static AdvisoryHoursView hours(Advised advised) {
        return AdvisoryHoursView.of(advised.membership().advisoryHours());
    }
}
