package com.partnerbenefits.domain.partner;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner organisation in the programme. {@code timeZone} (an IANA zone, UTC by default) places its
 * business hours, which set when the first response to its incidents is due.
 */
public record Partner(PartnerId id, String name, MpnId mpnId, Instant registeredAt, ZoneId timeZone) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mpnId, "mpnId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Validation validation = new Validation();
        validation.text("name", name, 1, MAX_NAME_LENGTH);
        validation.throwIfInvalid();
        name = name.strip();
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }

    /** A partner in the default time zone. */
    public Partner(PartnerId id, String name, MpnId mpnId, Instant registeredAt) {
        this(id, name, mpnId, registeredAt, DEFAULT_TIME_ZONE);
    }

    /**
     * An IANA region name ("Asia/Tokyo", "UTC"); offsets ("+09:00") and unknown names are refused on
     * {@code field}, so the zone always follows its region's daylight-saving rules. So are the {@code SystemV/*}
     * names: fixed System V offsets, not regions, dropped from the tz database (2020b) and kept by Java only for old
     * data.
     */
    public static Optional<ZoneId> timeZone(Validation validation, String field, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        if (ZoneId.getAvailableZoneIds().contains(trimmed) && !trimmed.startsWith("SystemV/")) {
            return Optional.of(ZoneId.of(trimmed));
        }
        validation.add(FieldViolation.of(field, ViolationRule.FORMAT, "Asia/Tokyo"));
        return Optional.empty();
    }
}
