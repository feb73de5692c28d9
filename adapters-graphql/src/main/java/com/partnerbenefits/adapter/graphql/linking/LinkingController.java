package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.linking.LinkSupportContractPayload.LinkOutcome;
import com.partnerbenefits.adapter.graphql.linking.PlanViews.AvailablePlanView;
import com.partnerbenefits.adapter.graphql.linking.PlanViews.ContractLinkView;
import com.partnerbenefits.adapter.graphql.linking.PlanViews.SupportPlansView;
import com.partnerbenefits.adapter.graphql.linking.PlanViews.UnavailablePlanView;
import com.partnerbenefits.adapter.graphql.linking.PlanViews.WayForwardView;
import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase.Linked;
import com.partnerbenefits.application.port.in.LinkedContractsQuery;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.SupportPlansQuery;
import com.partnerbenefits.application.port.in.SupportPlansQuery.SupportPlans;
import com.partnerbenefits.application.port.in.SupportPlansQuery.Unavailable;
import com.partnerbenefits.application.port.in.UnavailabilityAnswers;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.product.ProductId;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Linking a contract to the caller's account, what the caller has linked, who linked a contract, and the plan picker. */
@Controller
public class LinkingController {

    /** The input of {@code linkSupportContract}. */
    public record LinkSupportContractInput(String accessId, String contractId) {
    }

    private final LinkSupportContractUseCase linking;
    private final LinkedContractsQuery linked;
    private final SupportPlansQuery plans;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final PlanMessages planMessages;
    private final Payloads payloads;
    private final ApiMessages messages;

    public LinkingController(LinkSupportContractUseCase linking, LinkedContractsQuery linked, SupportPlansQuery plans,
            GlobalIds ids, ViewMapper views, Payloads payloads, ApiMessages messages) {
        this.linking = linking;
        this.linked = linked;
        this.plans = plans;
        this.ids = ids;
        this.views = views;
        this.planMessages = new PlanMessages(messages);
        this.payloads = payloads;
        this.messages = messages;
    }

    @MutationMapping
    public LinkSupportContractPayload linkSupportContract(@Argument LinkSupportContractInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        return payloads.run(() -> linking.link(viewer.get(),
                LinkSupportContractUseCase.Command.of(input.accessId(), input.contractId())), done -> payload(done, env),
                LinkSupportContractPayload::refused, env);
    }

    @SchemaMapping(typeName = "Viewer")
    public List<SupportContractView> linkedContracts(Viewer viewer) {
        return linked.linkedContractsOf(viewer).stream().map(plan -> views.toView(plan.contract())).toList();
    }

    @SchemaMapping(typeName = "SupportContract")
    public CompletableFuture<Instant> linkedToViewerAt(SupportContractView contract, DataFetchingEnvironment env) {
        return LinkingLoaders.viewerLinks(env).load(contract.key());
    }

    @SchemaMapping(typeName = "SupportContract")
    public CompletableFuture<List<ContractLinkView>> linkedAccounts(SupportContractView contract, DataFetchingEnvironment env) {
        return LinkingLoaders.linkedAccounts(env).load(contract.key()).thenApply(result -> QueryRefusedException
                .valueOrThrow(result).stream()
                .map(link -> new ContractLinkView(views.toView(link.account()), link.linkedAt())).toList());
    }

    @QueryMapping
    public SupportPlansView supportPlans(@Argument String productId, @Argument String productVersion,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, Locale locale) {
        ProductId product = ids.decode(NodeTypes.PRODUCT, productId).map(ProductId::new)
                .orElseThrow(() -> new QueryRefusedException(Refusal.notFound("productId")));
        SupportPlans found = QueryRefusedException.valueOrThrow(plans.supportPlans(viewer.get(), product, productVersion));
        return new SupportPlansView(
                found.available().stream().map(plan -> {
                    SupportContractView contract = views.toView(plan.contract());
                    return new AvailablePlanView(contract, contract.incidentsRemaining(), contract.startsOn(),
                            contract.endsOn());
                }).toList(),
                found.unavailable().stream().map(plan -> unavailable(plan, found, locale)).toList(),
                found.wayForward().stream().map(way -> new WayForwardView(way.kind(), way.covers(),
                        planMessages.wayForward(way, found, locale))).toList());
    }

    private UnavailablePlanView unavailable(Unavailable plan, SupportPlans found, Locale locale) {
        SupportContractView contract = views.toView(plan.plan().contract());
        List<UnavailabilityReason> shown = plan.reasons().stream().map(UnavailabilityAnswers::inPlanPicker).toList();
        return new UnavailablePlanView(contract, shown.get(0), shown,
                planMessages.explain(plan.reasons().get(0), contract, found, locale));
    }

    private LinkSupportContractPayload payload(Linked done, DataFetchingEnvironment env) {
        SupportContractView contract = views.toView(done.contract());
        LocalDate linkedOn = LocalDate.ofInstant(done.linkedAt(), ZoneOffset.UTC);
        LinkOutcome outcome = done.alreadyLinked() ? LinkOutcome.ALREADY_LINKED : LinkOutcome.LINKED;
        String message = switch (outcome) {
            case ALREADY_LINKED -> messages.get("link.ALREADY_LINKED", env.getLocale(), linkedOn.toString(),
                    contract.endsOn().toString());
            case LINKED -> messages.get("link.LINKED", env.getLocale(), contract.endsOn().toString());
        };
        return new LinkSupportContractPayload(contract, done.alreadyLinked(), done.linkedAt(), outcome, message, List.of());
    }
}
