package com.partnerbenefits.adapter.graphql.backoffice;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.benefit.TechnicalBenefitView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase.Activation;
import com.partnerbenefits.application.port.in.RecordPaidSupportPlanUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.partner.PartnerId;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Back office: recording a paid support plan a partner bought, which comes activated. */
@Controller
public class PaidPlanController {

    /** The input of {@code recordPaidSupportPlan}; {@code incidents} null is unlimited. */
    public record RecordPaidSupportPlanInput(String partnerId, BenefitKind kind, LocalDate startsOn, LocalDate endsOn,
            Integer incidents) {
    }

    /** The plan (a benefit of its paid kind) and its contract; both null when refused. */
    public record RecordPaidSupportPlanPayload(TechnicalBenefitView plan, SupportContractView contract,
            List<UserError> userErrors) implements MutationPayload {
    }

    private final AccessPolicy access;
    private final RecordPaidSupportPlanUseCase record;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;

    public PaidPlanController(AccessPolicy access, RecordPaidSupportPlanUseCase record, GlobalIds ids, ViewMapper views,
            Payloads payloads) {
        this.access = access;
        this.record = record;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @MutationMapping
    public RecordPaidSupportPlanPayload recordPaidSupportPlan(@Argument RecordPaidSupportPlanInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        if (!access.mayOperate(viewer.get())) {
            return payloads.refused(List.of(Refusal.of(RefusalCode.NOT_AUTHORIZED)),
                    errors -> new RecordPaidSupportPlanPayload(null, null, errors), env);
        }
        Optional<PartnerId> partner = ids.decode(NodeTypes.PARTNER, input.partnerId()).map(PartnerId::new);
        return payloads.run(() -> partner.map(id -> record.recordPaidSupportPlan(viewer.get(),
                        RecordPaidSupportPlanUseCase.Command.of(id, input.kind(), input.incidents(), input.startsOn(),
                                input.endsOn())))
                .orElseGet(() -> Result.refused(Refusal.notFound("partnerId"))), this::payload,
                errors -> new RecordPaidSupportPlanPayload(null, null, errors), env);
    }

    private RecordPaidSupportPlanPayload payload(Activation recorded) {
        return new RecordPaidSupportPlanPayload(views.toView(recorded.benefit(), recorded.contract()),
                views.toView(recorded.contract()), List.of());
    }
}
