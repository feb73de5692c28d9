package com.partnerbenefits.adapter.graphql.badsample;

/** Deliberately wrong: the API adapter using a service, an out-port and MongoDB directly. Test sources only. */
public class GraphQlAdapterReachingIntoTheStore {

    public com.partnerbenefits.application.service.EntitlementRulesService service() {
        return null;
    }

    public com.partnerbenefits.application.port.out.PartnerStore store() {
        return null;
    }

    public org.springframework.data.mongodb.core.MongoTemplate mongo() {
        return null;
    }
}
