package com.partnerbenefits.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.out.StoreContractTest;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store contract on this adapter's stores, over an emptied database of the server a subclass provides. */
abstract class MongoStoreContractTest extends StoreContractTest {

    protected abstract MongoTemplate mongo();

    @Override
    protected Stores emptyStores() {
        mongo().getDb().drop();
        MongoStores mongoStores = MongoStores.over(mongo());
        return new Stores(mongoStores.partners(), mongoStores.accounts(), mongoStores.memberships(), mongoStores.products(),
                mongoStores.contracts(), mongoStores.links(), mongoStores.linkAttempts(), mongoStores.incidents(),
                mongoStores.rateLimits(), mongoStores.ids(), mongoStores.contractControls(), mongoStores.links(), mongoStores.history());
    }

    /** Only stored documents can predate due times, so this one is the Mongo stores' own. */
    @Test
    void anIncidentStoredBeforeDueTimesGetsItsDueTimeFilledInOnce() {
        MongoIncidentStore incidents = MongoStores.over(mongo()).incidents();
        mongo().getCollection(IncidentDocument.COLLECTION).insertOne(new Document("_id", "old")
                .append("accountId", "a1").append("contractId", "c1").append("productId", "sql").append("productVersion", "2022")
                .append("title", "Title old").append("description", "").append("severity", "B").append("status", "OPEN")
                .append("raisedAt", Date.from(Instant.parse("2026-11-27T15:00:00Z"))).append("idempotencyKey", "key"));

        assertThat(incidents.fillMissingDueTimes()).isEqualTo(1);
        assertThat(incidents.fillMissingDueTimes()).isZero();
        assertThat(incidents.findIncident(new IncidentId("old")).orElseThrow().firstResponseDueAt())
                .isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
    }

    @Test
    void membershipsStoredBeforeTheirPartnersListedThemAreListedAfterTheUpgrade() {
        MongoStores stores = MongoStores.over(mongo());
        mongo().getCollection(MembershipDocument.COLLECTION).insertOne(new Document("_id", "m-old").append("partnerId", "p-old")
                .append("offer", "ACTION_PACK").append("startsOn", "2026-01-01").append("endsOn", "2026-12-31"));
        PartnerId partner = new PartnerId("p-old");
        assertThat(stores.memberships().membershipsOf(List.of(partner)).get(partner)).isEmpty();

        PartnerMemberships.backfill(mongo());
        PartnerMemberships.backfill(mongo());

        assertThat(stores.memberships().membershipsOf(List.of(partner)).get(partner))
                .extracting(membership -> membership.id().value()).containsExactly("m-old");
    }

    @Test
    void aListedMembershipWhoseInsertFailedReadsNothing() {
        MongoStores stores = MongoStores.over(mongo());
        PartnerMemberships.add(mongo(), "p1", "never-stored");

        assertThat(stores.memberships().membershipsOf(List.of(new PartnerId("p1")))).containsEntry(new PartnerId("p1"), List.of());
    }
}
