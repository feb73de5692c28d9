package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UpdatePartnerUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code updatePartner}: operators only (the access policy), asked before the input is looked at. */
@Controller
public class UpdatePartnerController {

    /** The input of {@code updatePartner}; omitted fields stay as they are. */
    public record UpdatePartnerInput(String partnerId, String name, String timeZone) {
    }

    /** The payload of {@code updatePartner}. */
    public record UpdatePartnerPayload(PartnerView partner, List<UserError> userErrors) implements MutationPayload {
    }

    private final AccessPolicy access;
    private final UpdatePartnerUseCase updating;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;

    public UpdatePartnerController(AccessPolicy access, UpdatePartnerUseCase updating, GlobalIds ids, ViewMapper views,
            Payloads payloads) {
        this.access = access;
        this.updating = updating;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @MutationMapping
    public UpdatePartnerPayload updatePartner(@Argument UpdatePartnerInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer lazyViewer, DataFetchingEnvironment env) {
        Viewer viewer = lazyViewer.get();
        return payloads.run(() -> update(viewer, input), partner -> new UpdatePartnerPayload(views.toView(partner), List.of()),
                errors -> new UpdatePartnerPayload(null, errors), env);
    }

    private Result<Partner, UpdatePartnerUseCase.Reason> update(Viewer viewer, UpdatePartnerInput input) {
        if (!access.mayOperate(viewer)) {
            return Result.refused(UpdatePartnerUseCase.Reason.NOT_AUTHORIZED);
        }
        Optional<PartnerId> partner = ids.decode(NodeTypes.PARTNER, input.partnerId()).map(PartnerId::new);
        if (partner.isEmpty()) {
            return Result.refused(Refusal.notFound("partnerId"));
        }
        return updating.updatePartner(viewer, UpdatePartnerUseCase.Command.of(partner.get(), input.name(), input.timeZone()));
    }
}
