package com.partnerbenefits.adapter.graphql.desk;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.desk.Connections.Connection;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.ContractEventView;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.RotateContractCredentialsInput;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.RotateContractCredentialsPayload;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.UnlinkSupportContractInput;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.UnlinkSupportContractPayload;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.ContractHistoryQuery;
import com.partnerbenefits.application.port.in.ContractHistoryQuery.EventCursor;
import com.partnerbenefits.application.port.in.ContractHistoryQuery.HistoryLine;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.RotateContractCredentialsUseCase;
import com.partnerbenefits.application.port.in.UnlinkSupportContractUseCase;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The partner admin's controls over a support contract: revoking links, new credentials, who activated it and its history. */
@Controller
public class ContractControlsController {

    private final UnlinkSupportContractUseCase unlinking;
    private final RotateContractCredentialsUseCase rotation;
    private final ContractHistoryQuery history;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;

    public ContractControlsController(UnlinkSupportContractUseCase unlinking, RotateContractCredentialsUseCase rotation,
            ContractHistoryQuery history, GlobalIds ids, ViewMapper views, Payloads payloads) {
        this.unlinking = unlinking;
        this.rotation = rotation;
        this.history = history;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @MutationMapping
    public UnlinkSupportContractPayload unlinkSupportContract(@Argument UnlinkSupportContractInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<SupportContractId> contract = contract(input.supportContractId());
        Optional<AccountId> account = ids.decode(NodeTypes.ACCOUNT, input.accountId()).map(AccountId::new);
        return payloads.run(() -> {
            if (contract.isEmpty()) {
                return Result.refused(Refusal.notFound("supportContractId"));
            }
            return account.map(id -> unlinking.unlink(viewer.get(), contract.get(), id))
                    .orElseGet(() -> Result.refused(Refusal.notFound("accountId")));
        }, done -> new UnlinkSupportContractPayload(views.toView(done), List.of()),
                errors -> new UnlinkSupportContractPayload(null, errors), env);
    }

    @MutationMapping
    public RotateContractCredentialsPayload rotateContractCredentials(
            @Argument RotateContractCredentialsInput input, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer,
            DataFetchingEnvironment env) {
        Optional<SupportContractId> contract = contract(input.supportContractId());
        return payloads.run(() -> contract.map(id -> rotation.rotate(viewer.get(), id))
                        .orElseGet(() -> Result.refused(Refusal.notFound("supportContractId"))),
                done -> new RotateContractCredentialsPayload(views.toView(done), List.of()),
                errors -> new RotateContractCredentialsPayload(null, errors), env);
    }

    @SchemaMapping(typeName = "SupportContract")
    public CompletableFuture<AccountView> activatedBy(SupportContractView contract, DataFetchingEnvironment env) {
        return ContractControlsLoaders.activatedBy(env).load(contract.key())
                .thenApply(result -> QueryRefusedException.valueOrThrow(result).map(views::toView).orElse(null));
    }

    @SchemaMapping(typeName = "SupportContract")
    public Connection<ContractEventView> history(SupportContractView contract, @Argument Integer first,
            @Argument String after, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        PageRequest<EventCursor> page = PageRequest.of(first, DeskCursors.event(after), OperatorDeskController.DEFAULT_PAGE);
        return Connections.of(QueryRefusedException.valueOrThrow(history.history(viewer.get(), contract.key(), page)),
                after != null, line -> DeskCursors.ofEvent(line.event().at(), line.event().key()), this::view);
    }

    private ContractEventView view(HistoryLine line) {
        return new ContractEventView(line.event().kind(), line.event().at(), line.actor().map(views::toView).orElse(null),
                line.account().map(views::toView).orElse(null));
    }

    private Optional<SupportContractId> contract(String globalId) {
        return ids.decode(NodeTypes.SUPPORT_CONTRACT, globalId).map(SupportContractId::new);
    }
}
