package com.partnerbenefits.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** 2026-11-27 is a Friday. Business hours: Monday to Friday, 09:00–17:00 in the partner's zone. */
class FirstResponsePolicyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void severityARaisedSaturdayNightIsDueTwoHoursLaterAroundTheClock() {
        assertThat(due(Severity.A, "2026-11-28T23:30", TOKYO)).isEqualTo(local("2026-11-29T01:30", TOKYO));
    }

    @Test
    void severityBRaisedFridayAt16InTokyoIsDueMondayAt12() {
        assertThat(due(Severity.B, "2026-11-27T16:00", TOKYO)).isEqualTo(local("2026-11-30T12:00", TOKYO));
    }

    @Test
    void severityBRaisedAt1659CountsOneMinuteThatDayAndIsDueNextDayAt1259() {
        assertThat(due(Severity.B, "2026-11-24T16:59", BERLIN)).isEqualTo(local("2026-11-25T12:59", BERLIN));
    }

    @Test
    void severityBRaisedAt17SharpStartsCountingAtTheNextOpening() {
        assertThat(due(Severity.B, "2026-11-24T17:00", BERLIN)).isEqualTo(local("2026-11-25T13:00", BERLIN));
    }

    @Test
    void severityBRaisedBeforeOpeningStartsCountingAt9() {
        assertThat(due(Severity.B, "2026-11-23T07:30", BERLIN)).isEqualTo(local("2026-11-23T13:00", BERLIN));
    }

    @Test
    void severityCRaisedOnSaturdayStartsMondayAt9AndIsDueAtClosing() {
        assertThat(due(Severity.C, "2026-11-28T10:00", TOKYO)).isEqualTo(local("2026-11-30T17:00", TOKYO));
    }

    @Test
    void severityCRaisedFridayEveningSkipsTheWeekend() {
        assertThat(due(Severity.C, "2026-11-27T19:00", TOKYO)).isEqualTo(local("2026-11-30T17:00", TOKYO));
    }

    @Test
    void severityCRaisedMidMorningSpillsIntoTheNextBusinessDay() {
        assertThat(due(Severity.C, "2026-11-23T10:00", BERLIN)).isEqualTo(local("2026-11-24T10:00", BERLIN));
    }

    @Test
    void severityBOverTheSpringForwardWeekendInNewYorkIsDueMondayAt11LocalTime() {
        // Friday 15:00 EST (UTC-5); clocks go forward on Sunday 8 March: Monday 11:00 EDT is 15:00 UTC.
        assertThat(due(Severity.B, "2026-03-06T15:00", NEW_YORK)).isEqualTo(local("2026-03-09T11:00", NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
    }

    @Test
    void severityCOverTheFallBackWeekendInBerlinIsDueMondayAt13LocalTime() {
        // Friday 13:00 CEST (UTC+2); clocks go back on Sunday 25 October: Monday 13:00 CET is 12:00 UTC.
        assertThat(due(Severity.C, "2026-10-23T13:00", BERLIN)).isEqualTo(local("2026-10-26T13:00", BERLIN))
                .isEqualTo(Instant.parse("2026-10-26T12:00:00Z"));
    }

    @Test
    void severityAAcrossTheSpringForwardNightIsTwoRealHoursThoughTheClockShowsThree() {
        // 01:30 CET on 29 March; at 02:00 the clock jumps to 03:00 CEST.
        assertThat(due(Severity.A, "2026-03-29T01:30", BERLIN)).isEqualTo(Instant.parse("2026-03-29T02:30:00Z"))
                .isEqualTo(local("2026-03-29T04:30", BERLIN));
    }

    @Test
    void theSameMomentIsAfterHoursInTokyoButBeforeOpeningInNewYork() {
        Instant raised = Instant.parse("2026-11-27T07:00:00Z"); // Tokyo Friday 16:00, New York Friday 02:00
        assertThat(FirstResponsePolicy.dueAt(Severity.B, raised, TOKYO)).isEqualTo(local("2026-11-30T12:00", TOKYO));
        assertThat(FirstResponsePolicy.dueAt(Severity.B, raised, NEW_YORK)).isEqualTo(local("2026-11-27T13:00", NEW_YORK));
    }

    @Test
    void inUtcBusinessHoursAreNineToFiveUtc() {
        assertThat(due(Severity.B, "2026-11-27T15:00", UTC)).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
    }

    private static Instant due(Severity severity, String raisedLocal, ZoneId zone) {
        return FirstResponsePolicy.dueAt(severity, local(raisedLocal, zone), zone);
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(dateTime), zone).toInstant();
    }
}
