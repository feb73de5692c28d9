package com.partnerbenefits.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IncidentUsageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final AccountId BOB = new AccountId("bob");

    private final Membership gold = new Membership(new MembershipId("m1"), new PartnerId("p1"),
            MembershipOffer.GOLD_COMPETENCY, CompetencyArea.named("Cloud Platform"), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));
    private final SupportContract productSupport = contract(BenefitKind.MICROSOFT_PRODUCT_SUPPORT);
    private final SupportContract unlimitedCloud = contract(BenefitKind.SIGNATURE_CLOUD_SUPPORT);

    @Test
    void takingOneIsAllowedOnlyWhileOneIsLeftAndLeavesOneLess() {
        IncidentUsage.Take take = IncidentUsage.take(productSupport, new IncidentId("i1"), BOB, NOW).orElseThrow();

        assertThat(take.allowedOn(productSupport)).isTrue();
        assertThat(take.appliedTo(productSupport).incidentsRemaining()).isEqualTo(19);
        assertThat(take.line()).isEqualTo(new UsageEntry(UsageEntry.Kind.CONSUMED, new IncidentId("i1"), BOB, NOW));
        assertThat(take.allowedOn(productSupport.withIncidentsRemaining(1))).isTrue();
        assertThat(take.allowedOn(productSupport.withIncidentsRemaining(0))).isFalse();
    }

    @Test
    void anUnlimitedContractTakesNothingAndGivesNothingBack() {
        assertThat(IncidentUsage.take(unlimitedCloud, new IncidentId("i1"), BOB, NOW)).isEmpty();
        assertThat(IncidentUsage.giveBack(unlimitedCloud, new IncidentId("i1"), BOB, NOW)).isEmpty();
        IncidentUsage.Take misdirected = new IncidentUsage.Take(unlimitedCloud.id(), consumed("i1"));
        assertThat(misdirected.allowedOn(unlimitedCloud)).isFalse();
    }

    @Test
    void anIncidentIsGivenBackOnceAndOnlyIfItWasTaken() {
        IncidentUsage.GiveBack giveBack = IncidentUsage.giveBack(productSupport, new IncidentId("i1"), BOB, NOW)
                .orElseThrow();

        assertThat(giveBack.allowedBy(List.of())).isFalse();
        assertThat(giveBack.allowedBy(List.of(consumed("i2")))).isFalse();
        assertThat(giveBack.allowedBy(List.of(consumed("i1")))).isTrue();
        assertThat(giveBack.allowedBy(List.of(consumed("i1"), refunded("i1")))).isFalse();
        assertThat(giveBack.appliedTo(productSupport.withIncidentsRemaining(19)).incidentsRemaining()).isEqualTo(20);
    }

    @Test
    void theOutstandingIncidentsAreThoseTakenAndNotGivenBack() {
        assertThat(IncidentUsage.outstanding(List.of(consumed("i1"), consumed("i2"), refunded("i1"), refunded("i3"))))
                .containsExactly(new IncidentId("i2"));
    }

    @Test
    void aChangeWritesTheLineOfItsKind() {
        SupportContractId id = productSupport.id();
        assertThatThrownBy(() -> new IncidentUsage.Take(id, refunded("i1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncidentUsage.GiveBack(id, consumed("i1"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static UsageEntry consumed(String incident) {
        return new UsageEntry(UsageEntry.Kind.CONSUMED, new IncidentId(incident), BOB, NOW);
    }

    private static UsageEntry refunded(String incident) {
        return new UsageEntry(UsageEntry.Kind.REFUNDED, new IncidentId(incident), BOB, NOW);
    }

    private SupportContract contract(BenefitKind kind) {
        return SupportContract.activate(new SupportContractId("c-" + kind), TechnicalBenefit.grantedBy(gold, kind)
                .orElseThrow(), gold, ContractCredentials.random(new SplittableRandom(1)), NOW);
    }
}
