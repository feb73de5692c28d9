package com.partnerbenefits.bootstrap.portal;

import org.mongodb.spring.session.MongoIndexedSessionRepository;
import org.mongodb.spring.session.MongoSession;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * MongoDB's Spring Session store, which looks a session up once more when it is not found at first. Every request
 * saves its session whole (a replacement of its document), and Spring Session saves it again after the answer has
 * gone; the embedded store replaces a document by removing and re-inserting it, so the page's next request can
 * fall between the two and find no session (seen as a 401 right after sign-in). A real MongoDB replaces atomically;
 * there the second look costs only requests with an unknown or expired session.
 */
final class PortalSessions extends MongoIndexedSessionRepository {

    private static final int LOOKS = 3;
    private static final long PAUSE_MILLIS = 25;

    PortalSessions(MongoOperations store) {
        super(store);
    }

    @Override
    public MongoSession findById(String id) {
        MongoSession session = super.findById(id);
        for (int look = 1; session == null && look < LOOKS; look++) {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            session = super.findById(id);
        }
        return session;
    }
}
