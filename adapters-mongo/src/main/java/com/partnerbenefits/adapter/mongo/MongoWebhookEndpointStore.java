package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.WebhookEndpointStore;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import com.partnerbenefits.domain.partner.PartnerId;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/** Webhook endpoints, one document each; no secret is stored (see {@code WebhookSecrets}). */
public class MongoWebhookEndpointStore implements WebhookEndpointStore {

    static final String COLLECTION = "webhook_endpoints";

    private final MongoOperations mongo;

    public MongoWebhookEndpointStore(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("partnerId", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC)
                .named("webhook_partner"));
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        mongo.insert(new Document("_id", endpoint.id()).append("partnerId", endpoint.partnerId().value())
                .append("url", endpoint.url().toString()).append("kinds", endpoint.kinds().stream().map(Enum::name).sorted().toList())
                .append("createdAt", Date.from(endpoint.createdAt())), COLLECTION);
    }

    @Override
    public Optional<WebhookEndpoint> find(String id) {
        // the driver's own filter: Spring would turn an ID that looks like an ObjectId into one, and miss the stored string
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id)).first())
                .map(MongoWebhookEndpointStore::toEndpoint);
    }

    @Override
    public List<WebhookEndpoint> endpointsOf(PartnerId partner) {
        return mongo.find(query(where("partnerId").is(partner.value())).with(Sort.by("createdAt", "_id")), Document.class, COLLECTION)
                .stream().map(MongoWebhookEndpointStore::toEndpoint).toList();
    }

    @Override
    public boolean remove(String id) {
        return mongo.getCollection(COLLECTION).deleteOne(Filters.eq("_id", id)).getDeletedCount() == 1;
    }

    private static WebhookEndpoint toEndpoint(Document document) {
        return new WebhookEndpoint(String.valueOf(document.get("_id")), new PartnerId(document.getString("partnerId")),
                URI.create(document.getString("url")), document.getList("kinds", String.class).stream().map(NotificationKind::valueOf)
                        .collect(Collectors.toSet()), document.getDate("createdAt").toInstant());
    }
}
