package com.partnerbenefits.application.service.badsample;

import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;

/** Deliberately wrong: a service refusing with the global code, not with its use case's own reason. Test sources only. */
public class ServiceRefusingWithTheGlobalCode {

    public Result<String, RefusalCode> refuse() {
        return Result.refused(RefusalCode.NOT_AUTHORIZED);
    }
}
