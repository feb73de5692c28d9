package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.Clock;

public class RegisterPartnerService implements RegisterPartnerUseCase {

    private final AccessPolicy policy;
    private final PartnerStore partners;
    private final IdGenerator ids;
    private final Clock clock;

    public RegisterPartnerService(AccessPolicy policy, PartnerStore partners, IdGenerator ids, Clock clock) {
        this.policy = policy;
        this.partners = partners;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result<Partner, RegisterPartnerUseCase.Reason> registerPartner(Viewer viewer, Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(RegisterPartnerUseCase.Reason.NOT_AUTHORIZED);
        }
        Partner partner = new Partner(new PartnerId(ids.newId()), command.name(), command.mpnId(), clock.instant(),
                command.timeZone());
        if (!partners.addIfMpnIdFree(partner)) {
            return Result.refused(Refusal.invalid(FieldViolation.of("mpnId", ViolationRule.ALREADY_TAKEN)));
        }
        return Result.succeeded(partner);
    }
}
