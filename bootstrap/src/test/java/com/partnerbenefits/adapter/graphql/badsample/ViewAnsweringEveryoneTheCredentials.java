package com.partnerbenefits.adapter.graphql.badsample;

import com.partnerbenefits.application.port.in.BenefitContract;

/** Bad sample: a view reading the Access ID off the contract, past the access policy's decision. */
public class ViewAnsweringEveryoneTheCredentials {

    public String accessId(BenefitContract contract) {
        return contract.contract().accessId().value();
    }
}
