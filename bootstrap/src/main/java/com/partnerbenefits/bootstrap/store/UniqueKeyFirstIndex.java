package com.partnerbenefits.bootstrap.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.util.List;

/**
 * A unique index of the embedded store that also answers a filter naming its fields by equality (or {@code $in})
 * <em>plus</em> other conditions — {@code {_id, windowStart: {$gt}}}, the take's {@code {_id, incidentsRemaining:
 * {$gte}}}. mongo-java-server uses a unique index only for a filter naming exactly its fields; any other filter
 * reads and matches every document of the collection. Here the index gives the candidates for the key part and the
 * collection matches the whole filter on those few documents, as a real MongoDB's planner does: same documents
 * found, work independent of the collection's size. Everything else is the wrapped index's.
 */
final class UniqueKeyFirstIndex<P> extends Index<P> {

    private final Index<P> index;

    UniqueKeyFirstIndex(Index<P> index, boolean sparse) {
        super(index.getName(), index.getKeys(), sparse);
        this.index = index;
    }

    @Override
    public boolean canHandle(Document query) {
        return index.canHandle(query) || index.canHandle(keyPart(query));
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.canHandle(query) ? index.getPositions(query) : index.getPositions(keyPart(query));
    }

    /**
     * The filter's conditions on this index's fields alone, each taken from the filter's top level or from a
     * top-level {@code $and} (the driver's {@code Filters.and} writes one): every conjunct of a filter is a
     * necessary condition, so the documents it names include every match.
     */
    private Document keyPart(Document query) {
        Document part = new Document();
        for (String key : keySet()) {
            Object condition = conjunct(query, key);
            if (condition != null) {
                part.put(key, condition);
            }
        }
        return part;
    }

    private static Object conjunct(Document query, String key) {
        if (query.containsKey(key)) {
            return query.get(key);
        }
        if (query.get("$and") instanceof List<?> conjuncts) {
            for (Object each : conjuncts) {
                Object condition = each instanceof Document document ? conjunct(document, key) : null;
                if (condition != null) {
                    return condition;
                }
            }
        }
        return null;
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        index.drop();
    }

    @Override
    public boolean isUnique() {
        return index.isUnique();
    }
}
