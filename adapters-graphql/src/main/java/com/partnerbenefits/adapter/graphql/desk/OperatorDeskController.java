package com.partnerbenefits.adapter.graphql.desk;

import com.partnerbenefits.adapter.graphql.desk.Connections.Connection;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.AddProductVersionInput;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.AddProductVersionPayload;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.RemoveAccountFromPartnerInput;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.RemoveAccountFromPartnerPayload;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.UpdateAccountInput;
import com.partnerbenefits.adapter.graphql.desk.DeskPayloads.UpdateAccountPayload;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.adapter.graphql.partner.PartnerView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.QueryRefusedException;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.AddProductVersionUseCase;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.OperatorDirectoryQuery;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RemoveAccountFromPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UpdateAccountUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The operator's desk: finding partners and accounts, a partner's accounts, a product's new version,
 * and editing or removing an account. As in the other back-office mutations, the access policy's
 * operator rule is asked first, so a caller without the role learns nothing about the input it sent.
 */
@Controller
public class OperatorDeskController {

    static final int DEFAULT_PAGE = 20;

    private final AccessPolicy access;
    private final OperatorDirectoryQuery directory;
    private final AddProductVersionUseCase addVersion;
    private final UpdateAccountUseCase updateAccount;
    private final RemoveAccountFromPartnerUseCase removeAccount;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;

    public OperatorDeskController(AccessPolicy access, OperatorDirectoryQuery directory,
            AddProductVersionUseCase addVersion, UpdateAccountUseCase updateAccount,
            RemoveAccountFromPartnerUseCase removeAccount, GlobalIds ids, ViewMapper views, Payloads payloads) {
        this.access = access;
        this.directory = directory;
        this.addVersion = addVersion;
        this.updateAccount = updateAccount;
        this.removeAccount = removeAccount;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @QueryMapping
    public Connection<PartnerView> partners(@Argument Integer first, @Argument String after, @Argument String search,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        PageRequest<PartnerId> page = PageRequest.of(first, DeskCursors.id(after).map(PartnerId::new), DEFAULT_PAGE);
        Page<Partner> found = QueryRefusedException.valueOrThrow(directory.partners(viewer.get(), SearchText.of(search), page));
        return Connections.of(found, after != null, partner -> DeskCursors.ofId(partner.id().value()), views::toView);
    }

    @QueryMapping
    public Connection<AccountView> accounts(@Argument Integer first, @Argument String after, @Argument String search,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        PageRequest<AccountId> page = PageRequest.of(first, DeskCursors.id(after).map(AccountId::new), DEFAULT_PAGE);
        return accounts(directory.accounts(viewer.get(), SearchText.of(search), page), after);
    }

    @SchemaMapping(typeName = "Partner", field = "accounts")
    public Connection<AccountView> partnerAccounts(PartnerView partner, @Argument Integer first, @Argument String after,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        PageRequest<AccountId> page = PageRequest.of(first, DeskCursors.id(after).map(AccountId::new), DEFAULT_PAGE);
        return accounts(directory.accountsOf(viewer.get(), partner.partnerId(), page), after);
    }

    @MutationMapping
    public AddProductVersionPayload addProductVersion(@Argument AddProductVersionInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Function<List<UserError>, AddProductVersionPayload> refused = errors -> new AddProductVersionPayload(null, errors);
        return operatorOnly(viewer, env, refused, operator -> () -> ids.decode(NodeTypes.PRODUCT, input.productId())
                .map(id -> addVersion.addProductVersion(operator, new AddProductVersionUseCase.Command(new ProductId(id),
                        input.version())))
                .orElseGet(() -> Result.refused(Refusal.notFound("productId"))),
                product -> new AddProductVersionPayload(views.toView(product), List.of()));
    }

    @MutationMapping
    public UpdateAccountPayload updateAccount(@Argument UpdateAccountInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Function<List<UserError>, UpdateAccountPayload> refused = errors -> new UpdateAccountPayload(null, errors);
        return operatorOnly(viewer, env, refused, operator -> () -> account(input.accountId())
                .map(id -> updateAccount.updateAccount(operator, UpdateAccountUseCase.Command.of(id,
                        input.roles() == null ? null : Set.copyOf(input.roles()),
                        input.associations() == null ? null : Set.copyOf(input.associations()))))
                .orElseGet(() -> Result.refused(Refusal.notFound("accountId"))),
                account -> new UpdateAccountPayload(views.toView(account), List.of()));
    }

    @MutationMapping
    public RemoveAccountFromPartnerPayload removeAccountFromPartner(
            @Argument RemoveAccountFromPartnerInput input, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer,
            DataFetchingEnvironment env) {
        Function<List<UserError>, RemoveAccountFromPartnerPayload> refused =
                errors -> new RemoveAccountFromPartnerPayload(null, errors);
        return operatorOnly(viewer, env, refused, operator -> () -> account(input.accountId())
                .map(id -> removeAccount.removeAccountFromPartner(operator, id))
                .orElseGet(() -> Result.refused(Refusal.notFound("accountId"))),
                account -> new RemoveAccountFromPartnerPayload(views.toView(account), List.of()));
    }

    private Connection<AccountView> accounts(Result<Page<Account>, ?> result, String after) {
        return Connections.of(QueryRefusedException.valueOrThrow(result), after != null,
                account -> DeskCursors.ofId(account.id().value()), views::toView);
    }

    private Optional<AccountId> account(String globalId) {
        return ids.decode(NodeTypes.ACCOUNT, globalId).map(AccountId::new);
    }

    private <T, P extends MutationPayload> P operatorOnly(LazyViewer lazyViewer, DataFetchingEnvironment env,
            Function<List<UserError>, P> refused, Function<Viewer, Supplier<Result<T, ?>>> mutation, Function<T, P> succeeded) {
        Viewer viewer = lazyViewer.get();
        if (!access.mayOperate(viewer)) {
            return payloads.refused(List.of(Refusal.of(RefusalCode.NOT_AUTHORIZED)), refused, env);
        }
        return payloads.run(mutation.apply(viewer), succeeded, refused, env);
    }
}
