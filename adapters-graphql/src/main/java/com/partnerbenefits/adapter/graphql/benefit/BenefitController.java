package com.partnerbenefits.adapter.graphql.benefit;

import com.partnerbenefits.adapter.graphql.partner.MembershipView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase;
import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase.Activation;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A technical benefit's membership, and its activation. */
@Controller
public class BenefitController {

    /** The input of {@code activateTechnicalBenefit}. */
    public record ActivateTechnicalBenefitInput(String benefitId) {
    }

    private final ActivateTechnicalBenefitUseCase activation;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;

    public BenefitController(ActivateTechnicalBenefitUseCase activation, GlobalIds ids, ViewMapper views,
            Payloads payloads) {
        this.activation = activation;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @SchemaMapping(typeName = "TechnicalBenefit")
    public MembershipView membership(TechnicalBenefitView benefit) {
        return views.toView(benefit.membership());
    }

    @MutationMapping
    public ActivateTechnicalBenefitPayload activateTechnicalBenefit(@Argument ActivateTechnicalBenefitInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer, DataFetchingEnvironment env) {
        Optional<TechnicalBenefitId> benefitId = ids.decode(NodeTypes.TECHNICAL_BENEFIT, input.benefitId())
                .flatMap(TechnicalBenefitId::parse);
        return payloads.run(() -> benefitId.map(id -> activation.activate(viewer.get(), id))
                .orElseGet(() -> Result.refused(Refusal.notFound("benefitId"))), this::payload,
                errors -> new ActivateTechnicalBenefitPayload(null, null, errors), env);
    }

    private ActivateTechnicalBenefitPayload payload(Activation activated) {
        return new ActivateTechnicalBenefitPayload(views.toView(activated.benefit(), activated.contract()),
                activated.alreadyActivated(), List.of());
    }
}
