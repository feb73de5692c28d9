package com.partnerbenefits.domain.incident;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the first response to an incident is due, by its severity: A within 2 hours around the clock;
 * B within 4 and C within 8 business hours. Business hours are Monday to Friday, 09:00 to 17:00
 * local time in the given zone; a request raised outside them starts counting at the next opening.
 * Hours are real elapsed time, so daylight-saving changes move the wall clock, never the work owed.
 */
public final class FirstResponsePolicy {

    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    private FirstResponsePolicy() {
    }

    public static Instant dueAt(Severity severity, Instant raisedAt, ZoneId zone) {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(zone, "zone");
        return switch (severity) {
            case A -> raisedAt.plus(Duration.ofHours(2));
            case B -> afterBusinessHours(raisedAt, zone, Duration.ofHours(4));
            case C -> afterBusinessHours(raisedAt, zone, Duration.ofHours(8));
        };
    }

    /** The instant when {@code work} of business hours, counted from {@code from}, has passed. */
    static Instant afterBusinessHours(Instant from, ZoneId zone, Duration work) {
        ZonedDateTime at = from.atZone(zone);
        Duration left = work;
        while (true) {
            at = openOrNextOpening(at);
            Duration open = Duration.between(at, closing(at.toLocalDate(), zone));
            if (left.compareTo(open) <= 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(open);
            at = opening(at.toLocalDate().plusDays(1), zone);
        }
    }

    /** {@code at} itself within business hours, else the next opening (17:00 sharp is closed). */
    private static ZonedDateTime openOrNextOpening(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        ZoneId zone = at.getZone();
        if (isBusinessDay(day) && !at.isBefore(opening(day, zone)) && at.isBefore(closing(day, zone))) {
            return at;
        }
        LocalDate next = isBusinessDay(day) && at.isBefore(opening(day, zone)) ? day : day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return opening(next, zone);
    }

    private static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static ZonedDateTime opening(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, OPENS, zone);
    }

    private static ZonedDateTime closing(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, CLOSES, zone);
    }
}
