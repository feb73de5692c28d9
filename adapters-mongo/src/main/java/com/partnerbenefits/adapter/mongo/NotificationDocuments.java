package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * The outbox as stored: an occurrence under its key ({@code _id}) in {@value #OCCURRENCES}, each
 * delivery under its key in {@value #DELIVERIES} with its occurrence embedded (so a delivery is read in
 * one go) and, for the inbox, {@code at} and the readers in {@code readBy}.
 */
final class NotificationDocuments {

    static final String OCCURRENCES = "notification_occurrences";
    static final String DELIVERIES = "notification_deliveries";
    static final String PREFERENCES = "account_preferences";

    private NotificationDocuments() {
    }

    static Document occurrence(Occurrence occurrence) {
        Document document = new Document("_id", occurrence.key()).append("kind", occurrence.kind().name())
                .append("at", Date.from(occurrence.at())).append("figure", occurrence.figure());
        occurrence.contract().ifPresent(contract -> document.append("contract", contract.value()));
        occurrence.incident().ifPresent(incident -> document.append("incident", incident.value()));
        occurrence.raisedBy().ifPresent(account -> document.append("raisedBy", account.value()));
        return document;
    }

    static Occurrence toOccurrence(Document document) {
        return new Occurrence(String.valueOf(document.get("_id")), NotificationKind.valueOf(document.getString("kind")),
                document.getDate("at").toInstant(), Optional.ofNullable(document.getString("contract")).map(SupportContractId::new),
                Optional.ofNullable(document.getString("incident")).map(IncidentId::new),
                Optional.ofNullable(document.getString("raisedBy")).map(AccountId::new), document.getInteger("figure", 0));
    }

    static Document delivery(Delivery delivery) {
        Document document = new Document("_id", delivery.key()).append("occurrence", occurrence(delivery.occurrence()))
                .append("at", Date.from(delivery.occurrence().at())).append("recipient", delivery.recipient().value())
                .append("channel", delivery.channel().name()).append("state", delivery.state().name())
                .append("attempts", delivery.attempts()).append("nextAttemptAt", Date.from(delivery.nextAttemptAt()));
        delivery.attemptedAt().ifPresent(at -> document.append("attemptedAt", Date.from(at)));
        delivery.statusCode().ifPresent(status -> document.append("statusCode", status));
        return document;
    }

    static Delivery toDelivery(Document document) {
        return new Delivery(String.valueOf(document.get("_id")), toOccurrence(document.get("occurrence", Document.class)),
                new Recipient(document.getString("recipient")), Channel.valueOf(document.getString("channel")),
                Delivery.State.valueOf(document.getString("state")), document.getInteger("attempts", 0),
                instant(document, "nextAttemptAt").orElseThrow(), instant(document, "attemptedAt"),
                Optional.ofNullable(document.getInteger("statusCode")));
    }

    private static Optional<Instant> instant(Document document, String field) {
        return Optional.ofNullable(document.getDate(field)).map(Date::toInstant);
    }
}
