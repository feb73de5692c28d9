package com.partnerbenefits.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.product.ProductId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentLifecycleTest {

    private static final Instant MONDAY_10_UTC = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = MONDAY_10_UTC.plus(Duration.ofMinutes(30));

    @Test
    void aNewIncidentIsOpenWithItsFirstResponseDueByItsSeverity() {
        Incident incident = raised(Severity.B);

        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident.firstResponseDueAt()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(incident.firstRespondedAt()).isEmpty();
    }

    @Test
    void startingWorkIsTheFirstResponse() {
        Incident working = raised(Severity.A).startWork(LATER).orElseThrow();

        assertThat(working.status()).isEqualTo(IncidentStatus.IN_PROGRESS);
        assertThat(working.firstRespondedAt()).contains(LATER);
    }

    @Test
    void workStartsOnlyOnAnOpenIncident() {
        Incident working = raised(Severity.A).startWork(LATER).orElseThrow();

        assertThat(working.startWork(LATER)).isEmpty();
        assertThat(raised(Severity.A).withdraw().orElseThrow().startWork(LATER)).isEmpty();
        assertThat(resolved(ResolutionCause.SOLVED).startWork(LATER)).isEmpty();
    }

    @Test
    void resolvingAnOpenIncidentIsItsFirstResponse() {
        Incident incident = resolved(ResolutionCause.SOLVED);

        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incident.firstRespondedAt()).contains(LATER);
        assertThat(incident.resolution().orElseThrow().note()).isEqualTo("Patched");
    }

    @Test
    void resolvingKeepsTheFirstResponseOfTheWorkStarted() {
        Incident incident = raised(Severity.A).startWork(MONDAY_10_UTC).orElseThrow()
                .resolve(Resolution.of(ResolutionCause.OTHER, null, LATER)).orElseThrow();

        assertThat(incident.firstRespondedAt()).contains(MONDAY_10_UTC);
        assertThat(incident.resolution().orElseThrow().at()).isEqualTo(LATER);
    }

    @Test
    void aResolvedOrWithdrawnIncidentCannotBeResolvedAgain() {
        Resolution again = Resolution.of(ResolutionCause.PRODUCT_DEFECT, "", LATER);

        assertThat(resolved(ResolutionCause.SOLVED).resolve(again)).isEmpty();
        assertThat(raised(Severity.C).withdraw().orElseThrow().resolve(again)).isEmpty();
    }

    @Test
    void aRequestCanBeWithdrawnBeforeWorkStartsButNotAfter() {
        assertThat(raised(Severity.C).withdraw()).map(Incident::status).contains(IncidentStatus.WITHDRAWN);
        assertThat(raised(Severity.C).startWork(LATER).orElseThrow().withdraw()).isEmpty();
        assertThat(resolved(ResolutionCause.SOLVED).withdraw()).isEmpty();
    }

    @Test
    void aDuplicateOrABillingQuotaOrSubscriptionRequestIsGivenBackSayingWhy() {
        assertThat(resolved(ResolutionCause.DUPLICATE).refundReason()).contains(UsageEntry.RefundReason.DUPLICATE);
        assertThat(resolved(ResolutionCause.BILLING_OR_QUOTA).refundReason()).contains(UsageEntry.RefundReason.BILLING_OR_QUOTA);
        assertThat(resolved(ResolutionCause.PRODUCT_DEFECT).refundReason()).contains(UsageEntry.RefundReason.PRODUCT_DEFECT);
        assertThat(raised(Severity.B).withdraw().orElseThrow().refundReason()).contains(UsageEntry.RefundReason.WITHDRAWN);
        assertThat(resolved(ResolutionCause.SOLVED).refundReason()).isEmpty();
    }

    @Test
    void onlyAProductDefectADuplicateABillingRequestOrAWithdrawalGivesTheIncidentBack() {
        assertThat(resolved(ResolutionCause.DUPLICATE).givenBack()).isTrue();
        assertThat(resolved(ResolutionCause.BILLING_OR_QUOTA).givenBack()).isTrue();
        assertThat(resolved(ResolutionCause.PRODUCT_DEFECT).givenBack()).isTrue();
        assertThat(raised(Severity.B).withdraw().orElseThrow().givenBack()).isTrue();
        assertThat(resolved(ResolutionCause.SOLVED).givenBack()).isFalse();
        assertThat(resolved(ResolutionCause.OTHER).givenBack()).isFalse();
        assertThat(raised(Severity.B).givenBack()).isFalse();
    }

    @Test
    void theSlaIsBreachedByALateFirstResponseOrByNoneWhenTheDueTimeHasPassed() {
        Incident a = raised(Severity.A); // due at 12:00 UTC
        Instant afterDue = Instant.parse("2026-11-23T12:00:01Z");

        assertThat(a.slaBreached(LATER)).isFalse();
        assertThat(a.slaBreached(afterDue)).isTrue();
        assertThat(a.startWork(LATER).orElseThrow().slaBreached(afterDue)).isFalse();
        assertThat(a.startWork(afterDue).orElseThrow().slaBreached(afterDue)).isTrue();
    }

    @Test
    void anIncidentStoredWithoutADueTimeIsDueByBusinessHoursInUtc() {
        Incident legacy = new Incident(new IncidentId("i0"), new AccountId("a1"), request(Severity.B), IncidentStatus.OPEN,
                Instant.parse("2026-11-27T15:00:00Z"), "key");

        assertThat(legacy.firstResponseDueAt()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
    }

    private static Incident resolved(ResolutionCause cause) {
        return raised(Severity.B).resolve(Resolution.of(cause, " Patched ", LATER)).orElseThrow();
    }

    private static Incident raised(Severity severity) {
        return Incident.raise(new IncidentId("i1"), new AccountId("a1"), request(severity), MONDAY_10_UTC, "key",
                ZoneId.of("UTC"));
    }

    private static IncidentRequest request(Severity severity) {
        return IncidentRequest.of(Optional.of(new SupportContractId("c1")), null, new ProductId("sql"), "2022", "Down",
                null, severity);
    }
}
