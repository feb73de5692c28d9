package com.partnerbenefits.domain.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.membership.AdvisoryHours;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.Allowance;
import com.partnerbenefits.domain.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AdvisoryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private final Advisory requested = Advisory.request("a1", new MembershipId("m1"), new AccountId("acc"), "Landing zone",
            "Review our design", 3, "key-1", NOW);

    @Test
    void aRequestReservesExactlyTheWholeHoursItAsksForInHalfHours() {
        assertThat(requested.reservedHalfHours()).isEqualTo(6);
        assertThat(requested.givesBackHalfHours()).isZero();
        assertThatThrownBy(() -> Advisory.request("a2", new MembershipId("m1"), new AccountId("acc"), "t", "", 0, "k", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0} h used of 3 reserved: {1} half hours charged, {2} given back")
    @CsvSource(textBlock = """
            0,    0, 6
            0.2,  1, 5
            0.5,  1, 5
            1.0,  2, 4
            1.1,  3, 3
            2.5,  5, 1
            3,    6, 0
            4.25, 6, 0
            """)
    void completionSettlesTheHoursUsedUpToTheNextHalfHourAndGivesBackTheRest(double used, int charged, int givenBack) {
        Advisory completed = requested.complete(used, NOW).orElseThrow();

        assertThat(completed.usedHalfHours()).isEqualTo(charged);
        assertThat(completed.givesBackHalfHours()).isEqualTo(givenBack);
    }

    @Test
    void aWithdrawalBeforeCompletionGivesBackAllAndEachSettlementHappensOnce() {
        Advisory withdrawn = requested.withdraw(NOW).orElseThrow();

        assertThat(withdrawn.givesBackHalfHours()).isEqualTo(6);
        assertThat(withdrawn.complete(1, NOW)).isEmpty();
        assertThat(withdrawn.withdraw(NOW)).isEmpty();
        assertThat(requested.complete(1, NOW).orElseThrow().withdraw(NOW)).isEmpty();
    }

    @Test
    void anAllowanceNeverGoesBelowZeroNorAboveItsTotal() {
        Allowance ten = AdvisoryHours.granted(10).halfHours();

        assertThat(ten.allowsTaking(20)).isTrue();
        assertThat(ten.take(20).allowsTaking(1)).isFalse();
        assertThat(ten.allowsGivingBack(1)).isFalse();
        assertThat(AdvisoryHours.granted(10).remaining()).isEqualTo(10.0);
        assertThat(new AdvisoryHours(ten.take(7)).remaining()).isEqualTo(6.5);
    }
}
