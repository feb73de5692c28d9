package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.fake.InMemoryRateLimitStore;
import com.partnerbenefits.application.port.in.AdmitMutationUseCase.RetryLater;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.ProductId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two answers about "now" the API shows as they are: when to retry, and whether an SLA is breached. */
class RetryAndSlaServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();

    @Test
    void aRefusedAccountIsToldInWholeSecondsRoundedUpWhenItMayTryAgain() {
        RateLimitService limit = new RateLimitService(fixture.access, new InMemoryRateLimitStore(), fixture.clock, 2, Duration.ofMillis(60_500));
        Viewer member = member();

        assertThat(limit.admit(member, 2)).isEmpty();
        assertThat(limit.admit(member, 1)).contains(new RetryLater(fixture.clock.instant().plusMillis(60_500), 61));
    }

    @Test
    void anIncidentUnansweredPastItsFirstResponseDueTimeHasBreachedItsSla() {
        Incident raised = Incident.raise(new IncidentId("i1"), new AccountId("a1"), IncidentRequest.of(
                Optional.of(new SupportContractId("c1")), null, new ProductId("sql"), "2022", "Down", null, Severity.A),
                fixture.clock.instant(), "key", ZoneOffset.UTC);
        Instant due = raised.firstResponseDueAt();

        assertThat(new FirstResponseSlaService(Clock.fixed(due.minusSeconds(1), ZoneOffset.UTC)).slaBreached(raised)).isFalse();
        assertThat(new FirstResponseSlaService(Clock.fixed(due.plusSeconds(1), ZoneOffset.UTC)).slaBreached(raised)).isTrue();
    }

    private Viewer member() {
        Partner contoso = succeeded(fixture.registerPartner.registerPartner(fixture.operator(),
                RegisterPartnerUseCase.Command.of("Contoso", "1000001")));
        succeeded(fixture.registerAccount.registerAccount(fixture.operator(), RegisterAccountUseCase.Command.of(
                "dev@contoso.com", AccountKind.AAD, contoso.id(), Set.of(), Set.of(ProgramAssociation.MPN))));
        return fixture.signedIn("dev@contoso.com");
    }
}
