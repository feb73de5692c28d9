package com.partnerbenefits.bootstrap;

import com.partnerbenefits.adapter.mongo.MongoAdvisoryStores;
import com.partnerbenefits.adapter.mongo.MongoStores;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.service.AdvisoryService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Advisory hours (SPEC 5.5): the stores on the memberships and advisories collections, and the one service. */
@Configuration(proxyBeanMethods = false)
public class AdvisoryConfiguration {

    /** After {@link MongoStores}, which creates the memberships' indexes. */
    @Bean
    MongoAdvisoryStores mongoAdvisoryStores(MongoTemplate mongo, MongoStores stores) {
        return MongoAdvisoryStores.over(mongo);
    }

    @Bean
    AdvisoryService advisoryService(MongoStores stores, MongoAdvisoryStores advisories, AccessPolicy access, Clock clock) {
        return new AdvisoryService(access, stores.memberships(), advisories.hours(), advisories.advisories(), stores.ids(), clock);
    }
}
