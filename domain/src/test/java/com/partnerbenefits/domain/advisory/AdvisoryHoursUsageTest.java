package com.partnerbenefits.domain.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.membership.AdvisoryHours;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.AllowanceLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvisoryHoursUsageTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final AccountId ACC = new AccountId("acc");

    private static Advisory asking(String id, int hours) {
        return Advisory.request(id, new MembershipId("m1"), ACC, "Landing zone", "", hours, "key-" + id, NOW);
    }

    @Test
    void hoursAreReservedOnlyWhileThatManyRemain() {
        AdvisoryHours threeHours = AdvisoryHours.granted(3);

        assertThat(AdvisoryHoursUsage.reserve(asking("a1", 3)).allowedOn(threeHours)).isTrue();
        assertThat(AdvisoryHoursUsage.reserve(asking("a2", 4)).allowedOn(threeHours)).isFalse();
        assertThat(AdvisoryHoursUsage.reserve(asking("a1", 3)).appliedTo(threeHours).remaining()).isZero();
    }

    @Test
    void whatACompletionDidNotUseIsGivenBackOnceAndOnlyIfItWasReserved() {
        Advisory requested = asking("a1", 3);
        Advisory completed = requested.complete(1.2, NOW.plusSeconds(60)).orElseThrow();
        AdvisoryHoursUsage.GiveBack giveBack = AdvisoryHoursUsage.settle(completed, ACC);
        List<AdvisoryLine> ledger = new ArrayList<>();

        assertThat(giveBack.allowedBy(ledger)).as("never reserved").isFalse();
        ledger.add(AdvisoryHoursUsage.reserve(requested).line());
        assertThat(giveBack.allowedBy(ledger)).isTrue();
        assertThat(giveBack.line().halfHours()).isEqualTo(3);
        ledger.add(giveBack.line());
        assertThat(giveBack.allowedBy(ledger)).as("settled already").isFalse();
    }

    @Test
    void theLedgersLinesAddUpToTheCount() {
        AdvisoryHours hours = AdvisoryHours.granted(10);
        List<AdvisoryLine> ledger = new ArrayList<>();
        Advisory first = asking("a1", 4);
        Advisory second = asking("a2", 2);
        for (AdvisoryHoursUsage change : List.of(AdvisoryHoursUsage.reserve(first), AdvisoryHoursUsage.reserve(second),
                AdvisoryHoursUsage.settle(first.complete(2.5, NOW).orElseThrow(), ACC),
                AdvisoryHoursUsage.settle(second.withdraw(NOW).orElseThrow(), ACC))) {
            hours = change.appliedTo(hours);
            ledger.add(change.line());
        }

        assertThat(hours.remaining()).isEqualTo(7.5);
        assertThat(AllowanceLedger.remaining(20, ledger, AdvisoryLine::delta)).isEqualTo(hours.halfHours().remaining());
    }
}
