package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.credentials;
import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.LinkSupportContractUseCase.Command;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase.Linked;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.SupportPlansQuery.SupportPlans;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.contract.ContractId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.product.ProductKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkingServicesTest {

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final MovableClock clock = new MovableClock();
    private final LinkSupportContractService linking = new LinkSupportContractService(fixture.access, fixture.stores.contracts(),
            fixture.stores.memberships(), fixture.stores.links(), fixture.stores.linkLifecycle(),
            fixture.stores.ids(), fixture.stores.linkAttempts(), AttemptWindow.DEFAULT, clock);
    private final LinkedContractsService linked = new LinkedContractsService(fixture.access, fixture.stores.links(),
            fixture.stores.contracts(), fixture.stores.memberships(), fixture.stores.accounts(), fixture.stores.products(), clock);

    private final ContosoWorld world = ContosoWorld.goldPartnerWithProductSupport(fixture, "Data Platform");
    private final Viewer admin = world.admin;
    private final SupportContract productSupport = world.productSupport;
    private final Viewer outsider = fixture.signedIn("someone@outlook.com");

    @Test
    void anyAccountLinksWithTheRightPairOnceAndLinkingAgainSaysWhen() {
        Linked first = succeeded(linking.link(outsider, credentials(productSupport)));
        clock.advance(Duration.ofHours(1));
        Linked again = succeeded(linking.link(outsider, credentials(productSupport)));

        assertThat(first.alreadyLinked()).isFalse();
        assertThat(again.alreadyLinked()).isTrue();
        assertThat(again.linkedAt()).isEqualTo(first.linkedAt());
        assertThat(linked.linkedContractsOf(outsider)).singleElement()
                .satisfies(plan -> assertThat(plan.contract().contract()).isEqualTo(productSupport));
        assertThat(fixture.benefits.findContract(outsider, productSupport.id())).isPresent();
    }

    @Test
    void aWrongHalfIsTheSameRefusalWhicheverHalfItIs() {
        SupportContract cloudSupport = world.activate(world.gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT);

        assertThat(linking.link(outsider, new Command(productSupport.accessId(), cloudSupport.contractId())))
                .isEqualTo(Result.refused(RefusalCode.INVALID_CONTRACT_CREDENTIALS));
        assertThat(linking.link(outsider, new Command(
                com.partnerbenefits.domain.contract.AccessId.random(new java.util.SplittableRandom(5)), productSupport.contractId())))
                .isEqualTo(Result.refused(RefusalCode.INVALID_CONTRACT_CREDENTIALS));
        assertThat(fixture.benefits.findContract(outsider, productSupport.id())).isEmpty();
    }

    @Test
    void afterFiveWrongPairsEvenTheRightOneIsRefusedUntilTheWindowEnds() {
        Command wrong = new Command(productSupport.accessId(), new ContractId("0000-0000"));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(2));
            assertThat(linking.link(outsider, wrong)).isEqualTo(Result.refused(RefusalCode.INVALID_CONTRACT_CREDENTIALS));
        }

        Result<Linked, ?> refused = linking.link(outsider, credentials(productSupport));
        clock.advance(Duration.ofMinutes(7).minusSeconds(1)); // 10:16:59, the window opened at 10:02
        Result<Linked, ?> stillRefused = linking.link(outsider, credentials(productSupport));
        clock.advance(Duration.ofSeconds(1));
        Result<Linked, ?> windowOver = linking.link(outsider, credentials(productSupport));

        Instant windowEnd = Instant.parse("2026-03-01T10:17:00Z");
        assertThat(refused).isEqualTo(Result.refused(Refusal.of(RefusalCode.TOO_MANY_ATTEMPTS, windowEnd)));
        assertThat(stillRefused).isEqualTo(Result.refused(Refusal.of(RefusalCode.TOO_MANY_ATTEMPTS, windowEnd)));
        assertThat(windowOver).isInstanceOf(Result.Succeeded.class);
    }

    @Test
    void rightPairsDoNotCountAgainstTheLimit() {
        for (int i = 0; i < 10; i++) {
            assertThat(linking.link(outsider, credentials(productSupport))).isInstanceOf(Result.Succeeded.class);
        }
        Viewer other = fixture.signedIn("other@outlook.com");
        for (int i = 0; i < 4; i++) {
            linking.link(other, new Command(productSupport.accessId(), new ContractId("0000-0000")));
        }
        assertThat(linking.link(other, credentials(productSupport))).isInstanceOf(Result.Succeeded.class);
        assertThat(linking.link(other, new Command(productSupport.accessId(), new ContractId("0000-0000"))))
                .isEqualTo(Result.refused(RefusalCode.INVALID_CONTRACT_CREDENTIALS));
    }

    @Test
    void expiredAndExhaustedContractsCannotBeLinked() {
        SupportContract cloudSupport = world.activate(world.gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT);
        fixture.stores.contracts().setRemaining(cloudSupport.id(), 0);

        assertThat(linking.link(outsider, credentials(cloudSupport))).isEqualTo(Result.refused(RefusalCode.CONTRACT_EXHAUSTED));
        clock.advance(Duration.ofDays(400));
        assertThat(linking.link(outsider, credentials(productSupport))).isEqualTo(Result.refused(RefusalCode.CONTRACT_EXPIRED));
        assertThat(linked.linkedContractsOf(outsider)).isEmpty();
    }

    @Test
    void typedCredentialsAreForgivenButMalformedOnesNamedByField() {
        Command typed = Command.of(" " + productSupport.accessId().value().toUpperCase() + " ",
                productSupport.contractId().value().toLowerCase().replace("-", ""));

        assertThat(typed).isEqualTo(credentials(productSupport));
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                com.partnerbenefits.domain.shared.InvalidInputException.class, () -> Command.of("nope", "")).violations())
                .extracting(v -> v.field()).containsExactly("accessId", "contractId");
    }

    @Test
    void thePlanPickerSortsLinkedContractsWithEveryReason() {
        SupportContract cloudSupport = world.activate(world.gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT);
        linking.link(outsider, credentials(productSupport));
        linking.link(outsider, credentials(cloudSupport));
        Product sql = product("SQL Server", ProductKind.ON_PREMISES, List.of("2016", "2019", "2022"));

        SupportPlans current = succeeded(linked.supportPlans(outsider, sql.id(), "2022"));
        SupportPlans old = succeeded(linked.supportPlans(outsider, sql.id(), "2016"));

        assertThat(current.available()).extracting(plan -> plan.contract().contract()).containsExactly(productSupport);
        assertThat(current.unavailable()).singleElement()
                .satisfies(u -> assertThat(u.reasons()).containsExactly(UnavailabilityReason.PRODUCT_KIND_NOT_COVERED));
        assertThat(old.available()).isEmpty();
        assertThat(linked.supportPlans(outsider, new ProductId("missing"), "1"))
                .isEqualTo(Result.refused(Refusal.notFound("productId")));
        assertThat(linked.supportPlans(outsider, sql.id(), "2008"))
                .isEqualTo(Result.refused(Refusal.notFound("productVersion")));
    }

    @Test
    void onlyThePartnersAdminsSeeWhoLinkedAContract() {
        linking.link(outsider, credentials(productSupport));
        Viewer developer = world.member("developer@contoso.com", null);

        assertThat(succeeded(linked.linkedAccountsOf(admin, Set.of(productSupport.id())).get(productSupport.id())))
                .singleElement().satisfies(link -> assertThat(link.account().id()).isEqualTo(outsider.account().id()));
        for (Viewer notAdmin : List.of(developer, outsider)) {
            assertThat(linked.linkedAccountsOf(notAdmin, Set.of(productSupport.id())).get(productSupport.id()))
                    .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        }
    }

    private Product product(String name, ProductKind kind, List<String> versions) {
        return succeeded(new RegisterProductService(fixture.access, fixture.stores.products(), fixture.stores.ids()).registerProduct(fixture.operator(),
                RegisterProductUseCase.Command.of(name, kind, versions)));
    }
}
