package com.partnerbenefits.bootstrap.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The H2 file backend, made durable: MVStore only writes on its own schedule (about once a second),
 * so a write the API acknowledged could vanish with a {@code kill -9}. Committing after every
 * write command closes that window. Its unique indexes also serve "unique key plus a condition"
 * ({@link UniqueKeyFirstIndex}): without it such a filter reads and decodes every document from the file.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "drop", "dropdatabase", "dropindexes", "create", "renamecollection");

    DurableH2Backend(Path file) {
        super(open(file));
    }

    /** Opens the file, or says that another process holds its lock (H2's {@code ERROR_FILE_LOCKED}). */
    private static MVStore open(Path file) {
        try {
            return new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        } catch (MVStoreException failure) {
            if (failure.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new DataFileInUse(file, failure);
            }
            throw failure;
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                    boolean sparse) {
                return new UniqueKeyFirstIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
                        sparse);
            }
        };
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(java.util.Locale.ROOT))) {
            commit();
        }
        return answer;
    }
}
