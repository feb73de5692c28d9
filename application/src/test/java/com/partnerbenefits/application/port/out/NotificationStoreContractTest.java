package com.partnerbenefits.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.Notification;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notification stores' promises, run on the in-memory fakes and on every Mongo store. */
public abstract class NotificationStoreContractTest {

    protected static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final AccountId ALICE = new AccountId("alice");
    private static final AccountId BOB = new AccountId("bob");

    /** The notification out-ports over one empty store. */
    public record Stores(NotificationOutbox outbox, NotificationInbox inbox, AccountPreferencesStore preferences,
            WebhookEndpointStore webhooks) {
    }

    protected abstract Stores emptyStores();

    private Stores stores;

    @BeforeEach
    void startEmpty() {
        stores = emptyStores();
    }

    public static Occurrence low(String incident, Instant at) {
        return new Occurrence("INCIDENTS_LOW:c1:" + incident, NotificationKind.INCIDENTS_LOW, at, Optional.of(new SupportContractId("c1")),
                Optional.of(new IncidentId(incident)), Optional.empty(), 2);
    }

    @Test
    void anOccurrenceRecordedConcurrentlyManyTimesIsStoredOnce() throws Exception {
        List<Boolean> answers = concurrently(20, () -> stores.outbox().record(low("i1", NOW)));

        assertThat(answers).containsOnlyOnce(true);
        assertThat(stores.outbox().awaitingFanOut(10)).extracting(Occurrence::key).containsExactly("INCIDENTS_LOW:c1:i1");
        assertThat(stores.outbox().awaitingFanOut(10).get(0)).isEqualTo(low("i1", NOW));
    }

    @Test
    void aFannedOutOccurrenceNoLongerAwaitsAndOldestComeFirst() {
        stores.outbox().record(low("i2", NOW.plusSeconds(5)));
        stores.outbox().record(low("i1", NOW));
        stores.outbox().fannedOut("INCIDENTS_LOW:c1:i2");

        assertThat(stores.outbox().awaitingFanOut(10)).extracting(Occurrence::key).containsExactly("INCIDENTS_LOW:c1:i1");
    }

    @Test
    void aDeliveryIsStoredOncePerOccurrenceRecipientAndChannel() throws Exception {
        Delivery mail = Delivery.of(low("i1", NOW), Recipient.account(ALICE), Channel.EMAIL);

        List<Boolean> answers = concurrently(20, () -> stores.outbox().add(mail));
        stores.outbox().add(Delivery.of(low("i1", NOW), Recipient.account(ALICE), Channel.IN_PRODUCT));
        stores.outbox().add(Delivery.of(low("i1", NOW), Recipient.account(BOB), Channel.EMAIL));

        assertThat(answers).containsOnlyOnce(true);
        assertThat(stores.inbox().unread(Set.of(Recipient.account(ALICE)), ALICE)).isEqualTo(1);
    }

    @Test
    void aDueDeliveryIsClaimedByOneClaimantUntilItsLeaseEnds() throws Exception {
        stores.outbox().add(Delivery.of(low("i1", NOW), Recipient.account(ALICE), Channel.EMAIL));
        Instant lease = NOW.plus(Duration.ofMinutes(1));

        List<Optional<Delivery>> claims = concurrently(10, () -> stores.outbox().claimDue(Channel.EMAIL, NOW, lease, Set.of()));

        assertThat(claims.stream().filter(Optional::isPresent)).hasSize(1);
        Delivery claimed = claims.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.nextAttemptAt()).isEqualTo(lease);
        assertThat(stores.outbox().claimDue(Channel.WEBHOOK, NOW, lease, Set.of())).isEmpty();
        assertThat(stores.outbox().claimDue(Channel.EMAIL, lease, lease.plusSeconds(60), Set.of()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aDueDeliveryToABusyRecipientWaitsWhileTheOthersAreClaimed() {
        stores.outbox().add(Delivery.of(low("i1", NOW), Recipient.webhook("slow"), Channel.WEBHOOK));
        stores.outbox().add(Delivery.of(low("i2", NOW.plusSeconds(1)), Recipient.webhook("fast"), Channel.WEBHOOK));
        Set<Recipient> busy = Set.of(Recipient.webhook("slow"));

        assertThat(stores.outbox().claimDue(Channel.WEBHOOK, NOW.plusSeconds(5), NOW.plusSeconds(60), busy).orElseThrow().recipient())
                .isEqualTo(Recipient.webhook("fast"));
        assertThat(stores.outbox().claimDue(Channel.WEBHOOK, NOW.plusSeconds(5), NOW.plusSeconds(60), busy)).isEmpty();
        assertThat(stores.outbox().claimDue(Channel.WEBHOOK, NOW.plusSeconds(5), NOW.plusSeconds(60), Set.of()).orElseThrow()
                .recipient()).isEqualTo(Recipient.webhook("slow"));
    }

    @Test
    void anOutcomeIsStoredOnlyAtTheAttemptThatWasClaimed() {
        stores.outbox().add(Delivery.of(low("i1", NOW), Recipient.webhook("e1"), Channel.WEBHOOK));
        Delivery first = stores.outbox().claimDue(Channel.WEBHOOK, NOW, NOW.plusSeconds(1), Set.of()).orElseThrow();
        Delivery second = stores.outbox().claimDue(Channel.WEBHOOK, NOW.plusSeconds(2), NOW.plusSeconds(3), Set.of()).orElseThrow();

        assertThat(stores.outbox().settle(attempted(first, Delivery.State.DELIVERED, 200))).isFalse();
        assertThat(stores.outbox().settle(attempted(second, Delivery.State.DELIVERED, 200))).isTrue();
        assertThat(stores.outbox().claimDue(Channel.WEBHOOK, NOW.plusSeconds(99), NOW.plusSeconds(100), Set.of())).isEmpty();
        assertThat(stores.outbox().deliveriesTo(Recipient.webhook("e1"), 5)).singleElement()
                .satisfies(d -> {
                    assertThat(d.succeeded()).isTrue();
                    assertThat(d.attempts()).isEqualTo(2);
                    assertThat(d.statusCode()).contains(200);
                });
    }

    @Test
    void notificationsComeNewestFirstPageByPageAndEachReaderReadsTheirOwn() {
        for (int i = 0; i < 3; i++) {
            stores.outbox().add(Delivery.of(low("i" + i, NOW.plusSeconds(i)), Recipient.account(ALICE), Channel.IN_PRODUCT));
        }
        stores.outbox().add(Delivery.of(low("i9", NOW), Recipient.account(BOB), Channel.IN_PRODUCT));
        Set<Recipient> alice = Set.of(Recipient.account(ALICE));

        Page<Notification> first = stores.inbox().notifications(alice, ALICE, false, 2, Optional.empty());
        Page<Notification> second = stores.inbox().notifications(alice, ALICE, false, 2,
                Optional.of(first.items().get(1).id()));

        assertThat(first.items()).extracting(n -> n.occurrence().incident().orElseThrow().value()).containsExactly("i2", "i1");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(second.items()).extracting(n -> n.occurrence().incident().orElseThrow().value()).containsExactly("i0");
        assertThat(second.hasNext()).isFalse();

        String bobs = stores.inbox().notifications(Set.of(Recipient.account(BOB)), BOB, false, 5, Optional.empty()).items().get(0).id();
        assertThat(stores.inbox().markRead(alice, ALICE, List.of(first.items().get(0).id(), bobs))).isEqualTo(1);
        assertThat(stores.inbox().unread(alice, ALICE)).isEqualTo(2);
        assertThat(stores.inbox().notifications(alice, ALICE, true, 5, Optional.empty()).items())
                .extracting(n -> n.occurrence().incident().orElseThrow().value()).containsExactly("i1", "i0");
        assertThat(stores.inbox().unread(Set.of(Recipient.account(BOB)), BOB)).isEqualTo(1);
    }

    @Test
    void theSupportDesksNotificationIsReadByEachEngineerForThemself() {
        Occurrence raised = new Occurrence("INCIDENT_RAISED:i1", NotificationKind.INCIDENT_RAISED, NOW, Optional.empty(),
                Optional.of(new IncidentId("i1")), Optional.empty(), 0);
        stores.outbox().add(Delivery.of(raised, Recipient.SUPPORT_DESK, Channel.IN_PRODUCT));
        Set<Recipient> desk = Set.of(Recipient.SUPPORT_DESK);
        String id = stores.inbox().notifications(desk, ALICE, false, 5, Optional.empty()).items().get(0).id();

        stores.inbox().markRead(desk, ALICE, List.of(id));

        assertThat(stores.inbox().unread(desk, ALICE)).isZero();
        assertThat(stores.inbox().unread(desk, BOB)).isEqualTo(1);
        assertThat(stores.inbox().notifications(desk, ALICE, false, 5, Optional.empty()).items().get(0)).isEqualTo(
                new Notification(id, raised, true));
    }

    @Test
    void preferencesAreTheDefaultsUntilChosen() {
        assertThat(stores.preferences().preferencesOf(ALICE)).isEqualTo(Preferences.DEFAULT);
        stores.preferences().save(ALICE, new Preferences("ja", false));

        assertThat(stores.preferences().preferencesOf(ALICE)).isEqualTo(new Preferences("ja", false));
        assertThat(stores.preferences().preferencesOf(List.of(ALICE, BOB))).containsOnlyKeys(ALICE);
    }

    @Test
    void aPartnersWebhookEndpointsAreListedOldestFirstUntilRemoved() {
        WebhookEndpoint first = WebhookEndpoint.add("65f000000000000000000001", new PartnerId("p1"), "https://hooks.example.com/a",
                Set.of(NotificationKind.INCIDENTS_LOW), NOW);
        WebhookEndpoint second = WebhookEndpoint.add("e2", new PartnerId("p1"), "https://hooks.example.com/b",
                Set.of(NotificationKind.INCIDENTS_LOW, NotificationKind.CONTRACT_EXPIRING), NOW.plusSeconds(1));
        stores.webhooks().add(second);
        stores.webhooks().add(first);
        stores.webhooks().add(WebhookEndpoint.add("e3", new PartnerId("p2"), "https://hooks.example.com/c",
                Set.of(NotificationKind.INCIDENTS_LOW), NOW));

        assertThat(stores.webhooks().endpointsOf(new PartnerId("p1"))).containsExactly(first, second);
        assertThat(stores.webhooks().find("65f000000000000000000001")).as("an ID that looks like an ObjectId").contains(first);
        assertThat(stores.webhooks().remove("65f000000000000000000001")).isTrue();
        assertThat(stores.webhooks().remove("65f000000000000000000001")).isFalse();
        assertThat(stores.webhooks().find("65f000000000000000000001")).isEmpty();
        assertThat(stores.webhooks().find("e2")).contains(second);
    }

    private static Delivery attempted(Delivery claimed, Delivery.State state, int status) {
        return new Delivery(claimed.key(), claimed.occurrence(), claimed.recipient(), claimed.channel(), state, claimed.attempts(),
                claimed.nextAttemptAt(), Optional.of(claimed.nextAttemptAt()), Optional.of(status));
    }

    /** {@code times} calls of {@code task} at once; their answers (also the advisory store contract's). */
    static <T> List<T> concurrently(int times, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                tasks.add(task);
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
