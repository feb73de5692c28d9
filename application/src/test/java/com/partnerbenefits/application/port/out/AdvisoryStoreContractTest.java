package com.partnerbenefits.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.advisory.AdvisoryHoursUsage;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.AdvisoryHours;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.AllowanceLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The advisory-hours stores' promises, run on the in-memory fakes and on every Mongo store. */
public abstract class AdvisoryStoreContractTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final AccountId ALICE = new AccountId("alice");
    private static final MembershipId MEMBERSHIP = new MembershipId("m1");

    /** The advisory out-ports over one empty store. */
    public record Stores(MembershipStore memberships, AdvisoryHoursStore hours, AdvisoryStore advisories) {
    }

    protected abstract Stores emptyStores();

    private Stores stores;

    @BeforeEach
    void startEmpty() {
        stores = emptyStores();
        stores.memberships().addMembership(new Membership(MEMBERSHIP, new PartnerId("p1"), MembershipOffer.ACTION_PACK,
                Optional.empty(), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), Optional.empty(),
                AdvisoryHours.granted(10)));
    }

    private static Advisory asking(String id, int hours) {
        return Advisory.request(id, MEMBERSHIP, ALICE, "Landing zone", "Review", hours, "key-" + id, NOW);
    }

    @Test
    void aMembershipKeepsTheAdvisoryHoursItWasGranted() {
        assertThat(stores.memberships().findMembership(MEMBERSHIP).orElseThrow().advisoryHours()).isEqualTo(AdvisoryHours.granted(10));
    }

    @Test
    void concurrentReservationsNeverReserveMoreHoursThanRemain() throws Exception {
        AtomicInteger n = new AtomicInteger();
        List<Boolean> answers = NotificationStoreContractTest.concurrently(40, () -> stores.hours()
                .reserve(AdvisoryHoursUsage.reserve(asking("a" + n.incrementAndGet(), 1))).isPresent());

        assertThat(answers.stream().filter(reserved -> reserved)).hasSize(10);
        assertThat(stores.memberships().findMembership(MEMBERSHIP).orElseThrow().advisoryHours().remaining()).isZero();
        assertThat(stores.hours().reserve(AdvisoryHoursUsage.reserve(asking("late", 1)))).isEmpty();
    }

    @Test
    void aReservationAnswersTheHoursItLeftAndTheLedgersLinesAddUpToThem() {
        Advisory first = asking("a1", 4);
        Membership after = stores.hours().reserve(AdvisoryHoursUsage.reserve(first)).orElseThrow();
        stores.hours().reserve(AdvisoryHoursUsage.reserve(asking("a2", 3)));
        stores.hours().giveBack(AdvisoryHoursUsage.settle(first.complete(1.2, NOW.plusSeconds(60)).orElseThrow(), ALICE));

        assertThat(after.advisoryHours().remaining()).isEqualTo(6);
        List<AdvisoryLine> ledger = stores.hours().advisoryLedgerOf(MEMBERSHIP);
        assertThat(ledger).extracting(AdvisoryLine::kind)
                .containsExactly(AdvisoryLine.Kind.RESERVED, AdvisoryLine.Kind.RESERVED, AdvisoryLine.Kind.UNUSED);
        assertThat(ledger.get(2)).isEqualTo(new AdvisoryLine(AdvisoryLine.Kind.UNUSED, "a1", 5, ALICE, NOW.plusSeconds(60)));
        int remaining = stores.memberships().findMembership(MEMBERSHIP).orElseThrow().advisoryHours().halfHours().remaining();
        assertThat(remaining).isEqualTo(11).isEqualTo(AllowanceLedger.remaining(20, ledger, AdvisoryLine::delta));
    }

    @Test
    void anAdvisoryIsGivenBackOnceAndOnlyIfItWasReserved() throws Exception {
        Advisory advisory = asking("a1", 2);
        AdvisoryHoursUsage.GiveBack withdrawal = AdvisoryHoursUsage.settle(advisory.withdraw(NOW).orElseThrow(), ALICE);
        assertThat(stores.hours().giveBack(withdrawal)).as("never reserved").isFalse();
        stores.hours().reserve(AdvisoryHoursUsage.reserve(advisory));

        List<Boolean> answers = NotificationStoreContractTest.concurrently(20, () -> stores.hours().giveBack(withdrawal));

        assertThat(answers).containsOnlyOnce(true);
        assertThat(stores.memberships().findMembership(MEMBERSHIP).orElseThrow().advisoryHours().remaining()).isEqualTo(10);
        assertThat(stores.hours().advisoryLedgerOf(MEMBERSHIP)).hasSize(2);
    }

    @Test
    void anAdvisoryIsStoredOncePerRequesterAndIdempotencyKey() throws Exception {
        AtomicInteger n = new AtomicInteger();
        List<Boolean> answers = NotificationStoreContractTest.concurrently(20, () -> stores.advisories().addIfKeyFree(Advisory.request(
                "a" + n.incrementAndGet(), MEMBERSHIP, ALICE, "Topic", "", 1, "same-key", NOW)));

        assertThat(answers).containsOnlyOnce(true);
        Advisory stored = stores.advisories().findByKey(ALICE, "same-key").orElseThrow();
        assertThat(stores.advisories().findAdvisory(stored.id())).contains(stored);
        assertThat(stores.advisories().findByKey(new AccountId("bob"), "same-key")).isEmpty();
    }

    @Test
    void aCompletionAndAWithdrawalRacingSettleOnce() throws Exception {
        Advisory advisory = asking("a1", 3);
        stores.advisories().addIfKeyFree(advisory);
        AtomicInteger n = new AtomicInteger();

        List<Boolean> answers = NotificationStoreContractTest.concurrently(20, () -> stores.advisories().settleIfRequested(n.incrementAndGet() % 2 == 0
                ? advisory.complete(1, NOW.plusSeconds(60)).orElseThrow() : advisory.withdraw(NOW.plusSeconds(60)).orElseThrow()));

        assertThat(answers).containsOnlyOnce(true);
        Advisory settled = stores.advisories().findAdvisory("a1").orElseThrow();
        assertThat(settled.status()).isIn(Advisory.Status.COMPLETED, Advisory.Status.WITHDRAWN);
        assertThat(settled.settledAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void aMembershipsAdvisoriesComeNewestFirstAPageAtATime() {
        for (int i = 1; i <= 5; i++) {
            stores.advisories().addIfKeyFree(Advisory.request("a" + i, MEMBERSHIP, ALICE, "Topic " + i, "", 1, "k" + i,
                    NOW.plusSeconds(i)));
        }
        stores.advisories().addIfKeyFree(Advisory.request("other", new MembershipId("m2"), ALICE, "Topic", "", 1, "k9", NOW));

        List<Advisory> first = stores.advisories().advisoriesOf(MEMBERSHIP, Optional.empty(), 2);
        List<Advisory> next = stores.advisories().advisoriesOf(MEMBERSHIP, Optional.of(Advisory.Cursor.of(first.get(1))), 10);

        assertThat(first).extracting(Advisory::id).containsExactly("a5", "a4");
        assertThat(next).extracting(Advisory::id).containsExactly("a3", "a2", "a1");
        assertThat(stores.advisories().countOf(MEMBERSHIP)).isEqualTo(5);
    }
}
