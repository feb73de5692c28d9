package com.partnerbenefits.adapter.graphql.incident;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.incident.IncidentPayloads.RaiseIncidentPayload;
import com.partnerbenefits.adapter.graphql.incident.IncidentPayloads.WithdrawIncidentPayload;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.RelayConnection;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.EdgeView;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.IncidentView;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.UsageEntryView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.NumberedUsage;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.UsagePage;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase.Raised;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.in.WithdrawIncidentUseCase;
import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.application.port.in.SupportQueueQuery;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Raising and withdrawing incidents, and the incident and usage history as Relay connections. */
@Controller
public class IncidentController {

    static final int DEFAULT_PAGE = 20;

    /** The input of {@code raiseIncident}. */
    public record RaiseIncidentInput(String supportContractId, String cspCustomerTenantId, String productId,
            String productVersion, String title, String description, Severity severity, String idempotencyKey) {
    }

    /** The input of {@code withdrawIncident}. */
    public record WithdrawIncidentInput(String incidentId) {
    }

    private final RaiseIncidentUseCase raising;
    private final WithdrawIncidentUseCase withdrawing;
    private final IncidentHistoryQuery history;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;
    private final SupportQueueQuery queue;

    public IncidentController(RaiseIncidentUseCase raising, WithdrawIncidentUseCase withdrawing,
            IncidentHistoryQuery history, GlobalIds ids, ViewMapper views, Payloads payloads,
            SupportQueueQuery queue) {
        this.queue = queue;
        this.raising = raising;
        this.withdrawing = withdrawing;
        this.history = history;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @MutationMapping
    public RaiseIncidentPayload raiseIncident(@Argument RaiseIncidentInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        return payloads.run(() -> raise(viewer.get(), input), this::payload,
                errors -> new RaiseIncidentPayload(null, null, errors), env);
    }

    @MutationMapping
    public WithdrawIncidentPayload withdrawIncident(@Argument WithdrawIncidentInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<IncidentId> incident = ids.decode(NodeTypes.INCIDENT, input.incidentId()).map(IncidentId::new);
        return payloads.run(() -> incident.map(id -> withdrawing.withdraw(viewer.get(), id))
                .orElseGet(() -> Result.refused(Refusal.notFound("incidentId"))),
                withdrawn -> new WithdrawIncidentPayload(incident(withdrawn), contract(withdrawn), List.of()),
                errors -> new WithdrawIncidentPayload(null, null, errors), env);
    }

    /** Support engineers only (else NOT_AUTHORIZED); cursors name a place in the queue's order. */
    @QueryMapping
    public CompletableFuture<RelayConnection<IncidentView>> supportQueue(@Argument Integer first, @Argument String after,
            @Argument List<IncidentStatus> status, @Argument List<Severity> severity,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        IncidentPage page = QueryRefusedException.valueOrThrow(queue.supportQueue(viewer.get(),
                SupportQueue.Filter.of(status, severity), PageRequest.of(first, Cursors.queue(after), DEFAULT_PAGE)));
        return connection(page, after != null, env, incident -> Cursors.ofQueue(SupportQueue.Cursor.of(incident)));
    }

    @SchemaMapping(typeName = "Viewer")
    public CompletableFuture<RelayConnection<IncidentView>> incidents(Viewer viewer, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return connection(history.incidentsRaisedBy(viewer, PageRequest.of(first, Cursors.incident(after), DEFAULT_PAGE)),
                after != null, env);
    }

    /** A first page comes through the batch loader, so a dashboard of many contracts costs the same few reads. */
    @SchemaMapping(typeName = "SupportContract")
    public CompletableFuture<RelayConnection<IncidentView>> incidents(SupportContractView contract, @Argument Integer first,
            @Argument String after, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        PageRequest<IncidentCursor> page = PageRequest.of(first, Cursors.incident(after), DEFAULT_PAGE);
        if (page.after().isPresent()) {
            return connection(QueryRefusedException.valueOrThrow(history.incidentsOf(viewer.get(), contract.key(), page)),
                    true, env);
        }
        return IncidentLoaders.latestIncidents(env).load(new IncidentLoaders.FirstPage(contract.key(), page.first()))
                .thenApply(result -> connection(QueryRefusedException.valueOrThrow(result), false));
    }

    @SchemaMapping(typeName = "SupportContract")
    public RelayConnection<UsageEntryView> usage(SupportContractView contract, @Argument Integer first,
            @Argument String after, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        UsagePage page = QueryRefusedException.valueOrThrow(history.usageOf(viewer.get(), contract.key(),
                PageRequest.of(first, Cursors.line(after), DEFAULT_PAGE)));
        List<EdgeView<UsageEntryView>> edges = page.items().stream().map(line -> new EdgeView<>(
                Cursors.ofLine(line.number()), usage(line))).toList();
        return RelayConnection.of(edges, page.hasNext(), after != null, page.totalCount());
    }

    private Result<Raised, RaiseIncidentUseCase.Reason> raise(Viewer viewer, RaiseIncidentInput input) {
        Optional<SupportContractId> contract = Optional.ofNullable(input.supportContractId())
                .map(id -> ids.decode(NodeTypes.SUPPORT_CONTRACT, id).map(SupportContractId::new).orElse(null));
        if (input.supportContractId() != null && contract.isEmpty()) {
            return Result.refused(Refusal.notFound("supportContractId"));
        }
        Optional<ProductId> product = ids.decode(NodeTypes.PRODUCT, input.productId()).map(ProductId::new);
        if (product.isEmpty()) {
            return Result.refused(Refusal.notFound("productId"));
        }
        return raising.raise(viewer, RaiseIncidentUseCase.Command.of(() -> IncidentRequest.of(contract,
                input.cspCustomerTenantId(), product.get(), input.productVersion(), input.title(), input.description(),
                input.severity()), input.idempotencyKey()));
    }

    private RaiseIncidentPayload payload(Raised raised) {
        return new RaiseIncidentPayload(incident(raised), contract(raised), List.of());
    }

    private IncidentView incident(Raised raised) {
        return views.toView(raised.incident(), raised.product().orElse(null));
    }

    private SupportContractView contract(Raised raised) {
        return raised.contract().map(c -> views.toView(c)).orElse(null);
    }

    /** The page with each incident's product, which the pages of one level load together. */
    private CompletableFuture<RelayConnection<IncidentView>> connection(IncidentPage page, boolean afterACursor,
            DataFetchingEnvironment env) {
        return connection(page, afterACursor, env, incident -> Cursors.of(IncidentCursor.of(incident)));
    }

    private CompletableFuture<RelayConnection<IncidentView>> connection(IncidentPage page, boolean afterACursor,
            DataFetchingEnvironment env, Function<Incident, String> cursor) {
        List<ProductId> named = page.items().stream().map(incident -> incident.request().productId()).distinct().toList();
        return IncidentLoaders.products(env).loadMany(named).thenApply(products -> {
            Map<ProductId, Product> byId = new HashMap<>();
            products.stream().filter(java.util.Objects::nonNull).forEach(product -> byId.put(product.id(), product));
            return connection(new IncidentLoaders.LoadedPage(page, byId), afterACursor, cursor);
        });
    }

    private RelayConnection<IncidentView> connection(IncidentLoaders.LoadedPage loaded, boolean afterACursor) {
        return connection(loaded, afterACursor, incident -> Cursors.of(IncidentCursor.of(incident)));
    }

    private RelayConnection<IncidentView> connection(IncidentLoaders.LoadedPage loaded, boolean afterACursor,
            Function<Incident, String> cursor) {
        IncidentPage page = loaded.page();
        List<EdgeView<IncidentView>> edges = page.items().stream().map(incident -> new EdgeView<>(
                cursor.apply(incident),
                views.toView(incident, loaded.products().get(incident.request().productId())))).toList();
        return RelayConnection.of(edges, page.hasNext(), afterACursor, page.totalCount());
    }

    private UsageEntryView usage(NumberedUsage line) {
        return new UsageEntryView(line.entry().kind(), line.entry().kind().delta(),
                ids.encode(NodeTypes.INCIDENT, line.entry().incident().value()),
                line.account().map(views::toView).orElse(null), line.entry().at(), line.entry().reason().orElse(null));
    }
}
