package com.partnerbenefits.adapter.graphql.backoffice;

import com.partnerbenefits.adapter.graphql.backoffice.BackOfficeInputs.EndMembershipInput;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficeInputs.GrantMembershipInput;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficeInputs.RecordPaidSupportPlanInput;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficeInputs.RegisterAccountInput;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficeInputs.RegisterPartnerInput;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficeInputs.RegisterProductInput;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficePayloads.EndMembershipPayload;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficePayloads.GrantMembershipPayload;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficePayloads.RecordPaidSupportPlanPayload;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficePayloads.RegisterAccountPayload;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficePayloads.RegisterPartnerPayload;
import com.partnerbenefits.adapter.graphql.backoffice.BackOfficePayloads.RegisterProductPayload;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.EndMembershipUseCase;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.RecordPaidSupportPlanUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.PartnerId;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The operators' mutations. The access policy's operator rule is asked first, so a caller without the
 * role learns nothing about the input it sent; the use cases ask it again for every other entry point.
 */
@Controller
public class BackOfficeController {

    private final AccessPolicy access;
    private final RegisterPartnerUseCase registerPartner;
    private final RegisterAccountUseCase registerAccount;
    private final GrantMembershipUseCase grantMembership;
    private final EndMembershipUseCase endMembership;
    private final RegisterProductUseCase registerProduct;
    private final RecordPaidSupportPlanUseCase recordPaidPlan;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;

    public BackOfficeController(AccessPolicy access, RegisterPartnerUseCase registerPartner,
            RegisterAccountUseCase registerAccount, GrantMembershipUseCase grantMembership,
            EndMembershipUseCase endMembership, RegisterProductUseCase registerProduct, RecordPaidSupportPlanUseCase recordPaidPlan,
            GlobalIds ids, ViewMapper views, Payloads payloads) {
        this.recordPaidPlan = recordPaidPlan;
        this.access = access;
        this.registerPartner = registerPartner;
        this.registerAccount = registerAccount;
        this.grantMembership = grantMembership;
        this.endMembership = endMembership;
        this.registerProduct = registerProduct;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @MutationMapping
    public RegisterPartnerPayload registerPartner(@Argument RegisterPartnerInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        return operatorOnly(viewer, env, operator -> registerPartner.registerPartner(operator,
                RegisterPartnerUseCase.Command.of(input.name(), input.mpnId(), input.timeZone())),
                partner -> new RegisterPartnerPayload(views.toView(partner), List.of()),
                errors -> new RegisterPartnerPayload(null, errors));
    }

    @MutationMapping
    public RegisterAccountPayload registerAccount(@Argument RegisterAccountInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<PartnerId> partner = ids.decode(NodeTypes.PARTNER, input.partnerId()).map(PartnerId::new);
        return operatorOnly(viewer, env, operator -> partner
                .map(id -> registerAccount.registerAccount(operator, RegisterAccountUseCase.Command.of(input.login(),
                        input.kind(), id, enumSet(input.roles()), enumSet(input.associations()))))
                .orElseGet(() -> Result.refused(Refusal.notFound("partnerId"))),
                account -> new RegisterAccountPayload(views.toView(account), List.of()),
                errors -> new RegisterAccountPayload(null, errors));
    }

    @MutationMapping
    public GrantMembershipPayload grantMembership(@Argument GrantMembershipInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<PartnerId> partner = ids.decode(NodeTypes.PARTNER, input.partnerId()).map(PartnerId::new);
        return operatorOnly(viewer, env, operator -> partner
                .map(id -> grantMembership.grantMembership(operator, GrantMembershipUseCase.Command.of(id, input.offer(),
                        input.competencyArea(), input.startsOn(), input.endsOn(), input.advisoryHours())))
                .orElseGet(() -> Result.refused(Refusal.notFound("partnerId"))),
                membership -> new GrantMembershipPayload(views.toView(membership), List.of()),
                errors -> new GrantMembershipPayload(null, errors));
    }

    @MutationMapping
    public EndMembershipPayload endMembership(@Argument EndMembershipInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<MembershipId> membership = ids.decode(NodeTypes.MEMBERSHIP, input.membershipId()).map(MembershipId::new);
        return operatorOnly(viewer, env, operator -> membership
                .map(id -> endMembership.endMembership(operator, EndMembershipUseCase.Command.of(id, input.endsOn())))
                .orElseGet(() -> Result.refused(Refusal.notFound("membershipId"))),
                ended -> new EndMembershipPayload(views.toView(ended), List.of()),
                errors -> new EndMembershipPayload(null, errors));
    }

    @MutationMapping
    public RecordPaidSupportPlanPayload recordPaidSupportPlan(@Argument RecordPaidSupportPlanInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<PartnerId> partner = ids.decode(NodeTypes.PARTNER, input.partnerId()).map(PartnerId::new);
        return operatorOnly(viewer, env, operator -> partner
                .map(id -> recordPaidPlan.recordPaidSupportPlan(operator, RecordPaidSupportPlanUseCase.Command.of(id,
                        input.kind(), input.incidents(), input.startsOn(), input.endsOn())))
                .orElseGet(() -> Result.refused(Refusal.notFound("partnerId"))),
                recorded -> new RecordPaidSupportPlanPayload(views.toView(recorded.benefit(), recorded.contract()),
                        views.toView(recorded.contract()), List.of()),
                errors -> new RecordPaidSupportPlanPayload(null, null, errors));
    }

    @MutationMapping
    public RegisterProductPayload registerProduct(@Argument RegisterProductInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        return operatorOnly(viewer, env, operator -> registerProduct.registerProduct(operator,
                RegisterProductUseCase.Command.of(input.name(), input.kind(), input.versions())),
                product -> new RegisterProductPayload(views.toView(product), List.of()),
                errors -> new RegisterProductPayload(null, errors));
    }

    private <T, P extends MutationPayload> P operatorOnly(LazyViewer lazyViewer, DataFetchingEnvironment env,
            Function<Viewer, Result<T, ?>> mutation, Function<T, P> succeeded, Function<List<UserError>, P> refused) {
        Viewer viewer = lazyViewer.get();
        if (!access.mayOperate(viewer)) {
            return payloads.refused(List.of(Refusal.of(RefusalCode.NOT_AUTHORIZED)), refused, env);
        }
        return payloads.run(() -> mutation.apply(viewer), succeeded, refused, env);
    }

    private static <E extends Enum<E>> Set<E> enumSet(List<E> values) {
        return values == null ? null : Set.copyOf(values);
    }
}
