package com.partnerbenefits.adapter.mongo.badsample;

/** Deliberately wrong: the store adapter calling a use case. Test sources only. */
public class MongoAdapterCallingAUseCase {

    public com.partnerbenefits.application.port.in.RegisterPartnerUseCase useCase() {
        return null;
    }
}
