package com.partnerbenefits.adapter.graphql.incident;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.IncidentView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.IncidentContractsQuery;
import com.partnerbenefits.application.port.in.ProductCatalogQuery;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.ResolveIncidentUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.StartIncidentWorkUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.ResolutionCause;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The support engineers' mutations, and {@code Incident.contract}. The access policy is asked first, so
 * a caller without the role learns nothing about the incident it names.
 */
@Controller
public class SupportDeskController {

    static final String INCIDENT_CONTRACTS = "incidentContracts";

    /** The input of {@code startIncidentWork}. */
    public record StartIncidentWorkInput(String incidentId) {
    }

    /** The payload of {@code startIncidentWork}. */
    public record StartIncidentWorkPayload(IncidentView incident, List<UserError> userErrors) implements MutationPayload {
    }

    /** The input of {@code resolveIncident}. */
    public record ResolveIncidentInput(String incidentId, ResolutionCause cause, String note) {
    }

    /** The payload of {@code resolveIncident}. */
    public record ResolveIncidentPayload(IncidentView incident, SupportContractView contract, List<UserError> userErrors) implements MutationPayload {
    }

    private final AccessPolicy access;
    private final StartIncidentWorkUseCase starting;
    private final ResolveIncidentUseCase resolving;
    private final ProductCatalogQuery catalog;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;

    public SupportDeskController(AccessPolicy access, StartIncidentWorkUseCase starting,
            ResolveIncidentUseCase resolving, IncidentContractsQuery contracts, ProductCatalogQuery catalog, GlobalIds ids,
            ViewMapper views, Payloads payloads, BatchLoaderRegistry registry) {
        this.access = access;
        this.starting = starting;
        this.resolving = resolving;
        this.catalog = catalog;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
        registry.<SupportContractId, BenefitContract>forName(INCIDENT_CONTRACTS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> contracts.contractsOf(LazyViewer.of(env.getContext()), keys)));
    }

    @MutationMapping
    public StartIncidentWorkPayload startIncidentWork(@Argument StartIncidentWorkInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        return payloads.run(supportEngineerOnly(viewer.get(), input.incidentId(), id -> starting.startWork(viewer.get(), id)),
                incident -> new StartIncidentWorkPayload(view(incident), List.of()),
                errors -> new StartIncidentWorkPayload(null, errors), env);
    }

    @MutationMapping
    public ResolveIncidentPayload resolveIncident(@Argument ResolveIncidentInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        return payloads.run(supportEngineerOnly(viewer.get(), input.incidentId(), id -> resolving.resolve(viewer.get(),
                ResolveIncidentUseCase.Command.of(id, input.cause(), input.note()))),
                resolved -> new ResolveIncidentPayload(view(resolved.incident()), resolved.contract()
                        .map(contract -> views.toView(contract)).orElse(null), List.of()),
                errors -> new ResolveIncidentPayload(null, null, errors), env);
    }

    /** The contract the incident was raised on, if the viewer may see it; null under the CSP plan. */
    @SchemaMapping(typeName = "Incident")
    public CompletableFuture<SupportContractView> contract(IncidentView incident, DataFetchingEnvironment env) {
        if (incident.contractKey() == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<SupportContractId, BenefitContract> loader = env.getDataLoader(INCIDENT_CONTRACTS);
        return loader.load(incident.contractKey()).thenApply(contract -> contract == null ? null
                : views.toView(contract));
    }

    private <T> Supplier<Result<T, ?>> supportEngineerOnly(Viewer viewer, String incidentId, Function<IncidentId, Result<T, ?>> run) {
        return () -> {
            if (!access.mayWorkIncidents(viewer)) {
                return Result.refused(RefusalCode.NOT_AUTHORIZED);
            }
            Optional<IncidentId> id = ids.decode(NodeTypes.INCIDENT, incidentId).map(IncidentId::new);
            return id.map(run).orElseGet(() -> Result.refused(Refusal.notFound("incidentId")));
        };
    }

    private IncidentView view(Incident incident) {
        return views.toView(incident, catalog.findProduct(incident.request().productId()).orElse(null));
    }
}
