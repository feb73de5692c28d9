package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.application.fake.InMemoryAccountPreferencesStore;
import com.partnerbenefits.application.fake.InMemoryIncidentStore;
import com.partnerbenefits.application.fake.InMemoryNotificationStore;
import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase.Command;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.ResolveIncidentUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.ResolutionCause;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.notification.RetrySchedule;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.shared.InvalidInputException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The fixture's clock stands at Sunday 2026-03-01 10:00 UTC; Contoso's Gold membership ends 2026-12-31. */
class NotificationServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final InMemoryIncidentStore incidentStore = new InMemoryIncidentStore();
    private final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    private final InMemoryAccountPreferencesStore preferences = new InMemoryAccountPreferencesStore();
    private final Notifier notifier = new Notifier(notifications, 2, () -> { });
    private final IncidentService incidents = incidentsNotifying(notifier);
    private final SupportDeskService desk = new SupportDeskService(fixture.access, incidentStore, fixture.stores.contracts(),
            fixture.stores.memberships(), fixture.clock, notifier);
    private final List<String> mailed = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final NotificationService service = service(fixture.clock);

    private final ContosoWorld world = ContosoWorld.goldPartnerWithProductSupport(fixture, "Cloud Platform");
    private final Viewer admin = world.admin;
    private final Viewer agent = world.member("agent@contoso.com", PartnerRole.ADMIN_AGENT);
    private final SupportContract productSupport = world.productSupport;
    private final Viewer raiser = world.linkedAccount("engineer@outlook.com");
    private final Viewer support = fixture.identify.identify(new Caller(new Login("support@benefits.example"), AccountKind.AAD,
            false, true));
    private final Product sql = succeeded(new RegisterProductService(fixture.access, fixture.stores.products(), fixture.stores.ids())
            .registerProduct(fixture.operator(), RegisterProductUseCase.Command.of("SQL Server", ProductKind.ON_PREMISES,
                    List.of("2019", "2022"))));

    @Test
    void theTakeThatReachesTheThresholdAndTheOneThatExhaustsEachNotifyTheAdminsAndLinkedAccountsOnce() {
        fixture.stores.contracts().setRemaining(productSupport.id(), 4);

        for (int i = 0; i < 5; i++) {
            incidents.raise(raiser, raise(Severity.B, "k" + i)); // 4→3, 3→2 (low), 2→1, 1→0 (exhausted), refused
        }
        service.fanOut();
        service.fanOut();

        assertThat(kindsIn(admin)).containsExactlyInAnyOrder(NotificationKind.INCIDENTS_EXHAUSTED, NotificationKind.INCIDENTS_LOW);
        assertThat(kindsIn(raiser)).containsExactlyInAnyOrder(NotificationKind.INCIDENTS_EXHAUSTED, NotificationKind.INCIDENTS_LOW);
        assertThat(kindsIn(agent)).as("an ADMIN_AGENT is no contract admin").isEmpty();
        assertThat(service.notifications(admin, false, 10, Optional.empty()).page().items()).extracting(n -> n.occurrence().figure())
                .containsExactlyInAnyOrder(0, 2);
        assertThat(service.notifications(admin, false, 10, Optional.empty()).contracts().get(productSupport.id()).partner())
                .isEqualTo("Contoso");
        assertThat(notifications.deliveries().stream().filter(d -> d.channel() == Channel.EMAIL)).hasSize(4);
    }

    @Test
    void fiftyConcurrentRaisesCrossTheThresholdOnce() throws Exception {
        fixture.stores.contracts().setRemaining(productSupport.id(), 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 50; i++) {
            String key = "k" + i;
            pool.submit(() -> incidents.raise(raiser, raise(Severity.B, key)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        service.fanOut();

        assertThat(notifications.deliveries().stream().filter(d -> d.channel() == Channel.IN_PRODUCT
                && d.recipient().equals(Recipient.account(admin.account().id()))).map(d -> d.occurrence().kind()))
                .containsExactlyInAnyOrder(NotificationKind.INCIDENTS_LOW, NotificationKind.INCIDENTS_EXHAUSTED);
    }

    @Test
    void anOccurrenceLostBetweenTheTakeAndItsRecordIsRecordedByTheReconciliationOnce() {
        IncidentService cutShort = incidentsNotifying(new Notifier(failingOutbox(), 2, () -> { }));
        for (int i = 0; i < 18; i++) {
            cutShort.raise(raiser, raise(Severity.B, "k" + i)); // 20 → 2: the last take reaches the threshold
        }

        service.checkFirstResponses();
        service.checkFirstResponses();
        service.fanOut();

        assertThat(kindsIn(admin)).containsExactly(NotificationKind.INCIDENTS_LOW);
        assertThat(notifications.awaitingFanOut(10)).isEmpty();
        assertThat(notifications.deliveries()).extracting(d -> d.occurrence().incident().orElseThrow().value())
                .as("the eighteenth take's").allMatch(incident -> incident.equals(lastIncident()));
    }

    @Test
    void aResolveTellsTheRaiserAndASeverityARaiseTellsTheSupportEngineers() {
        Incident incident = succeeded(incidents.raise(raiser, raise(Severity.A, "k1"))).incident();
        succeeded(desk.resolve(support, ResolveIncidentUseCase.Command.of(incident.id(), ResolutionCause.SOLVED, "Done")));
        service.fanOut();

        assertThat(kindsIn(raiser)).containsExactly(NotificationKind.INCIDENT_RESOLVED);
        assertThat(kindsIn(support)).containsExactly(NotificationKind.INCIDENT_RAISED);
        assertThat(kindsIn(admin)).isEmpty();
    }

    @Test
    void aContractEndingIsToldAtThirtyAndAtSevenDaysOnceEach() {
        NotificationService thirtyBefore = service(Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneOffset.UTC));
        NotificationService sevenBefore = service(Clock.fixed(Instant.parse("2026-12-24T06:00:00Z"), ZoneOffset.UTC));

        assertThat(thirtyBefore.checkExpiry()).isEqualTo(1);
        assertThat(thirtyBefore.checkExpiry()).isZero();
        assertThat(sevenBefore.checkExpiry()).isEqualTo(1);
        assertThat(sevenBefore.checkExpiry()).isZero();
        service.fanOut();

        assertThat(kindsIn(admin)).containsExactly(NotificationKind.CONTRACT_EXPIRING, NotificationKind.CONTRACT_EXPIRING);
        assertThat(service.checkExpiry()).as("ten months before, nothing").isZero();
    }

    @Test
    void aFirstResponseDueWithinHalfAnHourWithNoneGivenIsToldOnce() {
        Incident incident = succeeded(incidents.raise(raiser, raise(Severity.B, "k1"))).incident();
        NotificationService soon = service(Clock.fixed(incident.firstResponseDueAt().minus(Duration.ofMinutes(20)), ZoneOffset.UTC));
        NotificationService early = service(Clock.fixed(incident.firstResponseDueAt().minus(Duration.ofHours(2)), ZoneOffset.UTC));

        assertThat(early.checkFirstResponses()).isZero();
        assertThat(soon.checkFirstResponses()).isEqualTo(1);
        assertThat(soon.checkFirstResponses()).isZero();
        service.fanOut();

        assertThat(kindsIn(support)).containsExactly(NotificationKind.FIRST_RESPONSE_DUE_SOON);
    }

    @Test
    void aFailedMailIsRetriedUntilItIsDeliveredAndThenNeverAgain() {
        fixture.stores.contracts().setRemaining(productSupport.id(), 1);
        preferences.save(raiser.account().id(), new Preferences("ja", false));
        incidents.raise(raiser, raise(Severity.B, "k1"));
        service.fanOut();
        failuresLeft.set(2);

        for (int i = 0; i < 5; i++) {
            service.deliverDue();
        }

        assertThat(mailed).containsExactly("admin@contoso.com en INCIDENTS_EXHAUSTED Contoso");
        assertThat(notifications.deliveries().stream().filter(d -> d.channel() == Channel.EMAIL)).singleElement()
                .satisfies(d -> {
                    assertThat(d.attempts()).isEqualTo(3);
                    assertThat(d.succeeded()).isTrue();
                });
    }

    @Test
    void eachReaderMarksOnlyTheirOwnNotificationsRead() {
        fixture.stores.contracts().setRemaining(productSupport.id(), 1);
        incidents.raise(raiser, raise(Severity.B, "k1"));
        service.fanOut();
        String adminsOwn = service.notifications(admin, false, 5, Optional.empty()).page().items().get(0).id();
        String raisersOwn = service.notifications(raiser, false, 5, Optional.empty()).page().items().get(0).id();

        assertThat(service.markRead(admin, List.of(adminsOwn, raisersOwn))).isEqualTo(1);

        assertThat(service.unreadCount(admin)).isZero();
        assertThat(service.unreadCount(raiser)).isEqualTo(1);
        assertThat(service.notifications(admin, true, 5, Optional.empty()).page().items()).isEmpty();
    }

    @Test
    void preferencesKeepWhatIsLeftOutAndRefuseAnUnknownLanguage() {
        assertThat(service.update(admin, Optional.of("pt-BR"), Optional.empty())).isEqualTo(new Preferences("pt-BR", true));
        assertThat(service.update(admin, Optional.empty(), Optional.of(false))).isEqualTo(new Preferences("pt-BR", false));
        assertThatThrownBy(() -> service.update(admin, Optional.of("klingon"), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.preferences(admin)).isEqualTo(new Preferences("pt-BR", false));
    }

    private String lastIncident() {
        return fixture.stores.contracts().usageOf(productSupport.id()).get(17).incident().value();
    }

    private List<NotificationKind> kindsIn(Viewer viewer) {
        return service.notifications(viewer, false, 20, Optional.empty()).page().items().stream()
                .map(notification -> notification.occurrence().kind()).toList();
    }

    private NotificationService service(Clock clock) {
        NotificationSender mail = new NotificationSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public Outcome send(Notice notice) {
                if (failuresLeft.getAndDecrement() > 0) {
                    return Outcome.failed(Optional.empty());
                }
                mailed.add(notice.address() + " " + notice.preferences().language() + " " + notice.delivery().occurrence().kind() + " "
                        + notice.contract().orElseThrow().partner());
                return Outcome.ok(250);
            }
        };
        return new NotificationService(fixture.access, new NotificationService.Stores(notifications, notifications, preferences,
                fixture.stores.contracts(), fixture.stores.links(), fixture.stores.directory(), fixture.stores.accounts(),
                fixture.stores.partners(), fixture.stores.memberships(), incidentStore), new Notifier(notifications, 2, () -> { }),
                List.of(mail), (contract, kind) -> List.of(), clock,
                new NotificationService.Settings(Duration.ofDays(2), Duration.ofMinutes(1), new RetrySchedule(List.of(Duration.ZERO,
                        Duration.ZERO, Duration.ZERO)), 100, NotificationService.Sending.INLINE));
    }

    private IncidentService incidentsNotifying(Notifier notifying) {
        return new IncidentService(fixture.access, incidentStore, fixture.stores.contracts(), fixture.stores.products(),
                fixture.stores.partners(), fixture.stores.ids(), fixture.clock, notifying);
    }

    /** An outbox whose store is away: every call fails. */
    private static NotificationOutbox failingOutbox() {
        return (NotificationOutbox) Proxy.newProxyInstance(NotificationOutbox.class.getClassLoader(),
                new Class<?>[] {NotificationOutbox.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("store away");
                });
    }

    private Command raise(Severity severity, String key) {
        return Command.of(IncidentRequest.of(Optional.of(productSupport.id()), null, sql.id(), "2022", "It broke", "", severity), key);
    }
}
