package com.partnerbenefits.application.service.badsample;

import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.partner.PartnerRole;

/** Deliberately wrong: a service deciding who may rotate credentials from the roles itself. Test sources only. */
public class ServiceDecidingAccessItself {

    public boolean mayRotate(Viewer viewer, SupportContract contract) {
        return viewer.account().belongsTo(contract.partnerId())
                && viewer.account().roles().contains(PartnerRole.GLOBAL_ADMIN);
    }
}
