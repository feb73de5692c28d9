package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UpdatePartnerUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.domain.partner.Partner;

public class UpdatePartnerService implements UpdatePartnerUseCase {

    private final AccessPolicy policy;
    private final PartnerStore partners;

    public UpdatePartnerService(AccessPolicy policy, PartnerStore partners) {
        this.policy = policy;
        this.partners = partners;
    }

    @Override
    public Result<Partner, UpdatePartnerUseCase.Reason> updatePartner(Viewer viewer, Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(UpdatePartnerUseCase.Reason.NOT_AUTHORIZED);
        }
        return partners.updatePartner(command.partner(), command.name(), command.timeZone())
                .<Result<Partner, UpdatePartnerUseCase.Reason>>map(Result::succeeded)
                .orElseGet(() -> Result.refused(Refusal.notFound("partnerId")));
    }
}
