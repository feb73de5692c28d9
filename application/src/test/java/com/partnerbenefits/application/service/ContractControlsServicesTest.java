package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.credentials;
import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.ContractHistoryQuery.EventCursor;
import com.partnerbenefits.application.port.in.ContractHistoryQuery.HistoryLine;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.ContractEventKind;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.shared.Page;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractControlsServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final LinkSupportContractService linking = fixture.linking;
    private final ContractControlsService controls = fixture.controls;
    private final LinkedContractsService linked = new LinkedContractsService(fixture.access, fixture.stores.links(),
            fixture.stores.contracts(), fixture.stores.memberships(), fixture.stores.accounts(), fixture.stores.products(),
            fixture.clock);

    private final ContosoWorld world = ContosoWorld.goldPartnerWithProductSupport(fixture, "Data Platform");
    private final Viewer admin = world.admin;
    private final SupportContract contract = world.productSupport;
    private final Viewer outsider = fixture.signedIn("someone@outlook.com");

    @Test
    void theAdminUnlinksAnAccountWhichMayLinkAgain() {
        succeeded(linking.link(outsider, credentials(contract)));

        succeeded(controls.unlink(admin, contract.id(), outsider.account().id()));

        assertThat(linked.linkedContractsOf(outsider)).isEmpty();
        assertThat(succeeded(linking.link(outsider, credentials(contract))).alreadyLinked()).isFalse();
    }

    @Test
    void aLinkedAccountUnlinksItselfButNotOthersAndNoLinkIsNotFoundOnAccountId() {
        Viewer other = fixture.signedIn("other@outlook.com");
        succeeded(linking.link(outsider, credentials(contract)));
        succeeded(linking.link(other, credentials(contract)));

        assertThat(controls.unlink(outsider, contract.id(), other.account().id()))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        succeeded(controls.unlink(outsider, contract.id(), outsider.account().id()));
        Result<?, ?> again = controls.unlink(outsider, contract.id(), outsider.account().id());

        assertThat(again).isInstanceOf(Result.Refused.class);
        Refusal reason = ((Result.Refused<?, ?>) again).refusals().get(0);
        assertThat(reason.code()).isEqualTo(RefusalCode.NOT_FOUND);
        assertThat(reason.violation().orElseThrow().field()).isEqualTo("accountId");
        assertThat(linked.linkedContractsOf(other)).hasSize(1);
    }

    @Test
    void rotationIssuesANewPairTheOldLinksNothingAndExistingLinksStay() {
        succeeded(linking.link(outsider, credentials(contract)));

        SupportContract rotated = succeeded(controls.rotate(admin, contract.id())).contract();

        assertThat(rotated.accessId()).isNotEqualTo(contract.accessId());
        assertThat(rotated.contractId()).isNotEqualTo(contract.contractId());
        assertThat(linking.link(fixture.signedIn("late@outlook.com"), credentials(contract)))
                .isEqualTo(Result.refused(RefusalCode.INVALID_CONTRACT_CREDENTIALS));
        assertThat(linked.linkedContractsOf(outsider)).hasSize(1);
        assertThat(succeeded(linking.link(fixture.signedIn("new@outlook.com"), credentials(rotated))).alreadyLinked())
                .isFalse();
    }

    @Test
    void aClaimMadeWithThePairARotationReplacedIsNeverConfirmed() {
        fixture.stores.linkLifecycle().claim(new ContractLink(contract.id(), outsider.account().id(), fixture.clock.instant()),
                contract.accessId());

        succeeded(controls.rotate(admin, contract.id()));

        assertThat(fixture.stores.linkLifecycle().confirm(contract.id(), outsider.account().id(), contract.accessId(),
                com.partnerbenefits.domain.contract.ContractEvent.linked("k", outsider.account().id(),
                        fixture.clock.instant()))).isFalse();
        assertThat(linked.linkedContractsOf(outsider)).isEmpty();
    }

    @Test
    void onlyThePartnersAdminsRotateAndOperatorsToo() {
        Viewer developer = world.member("developer@contoso.com", null);

        for (Viewer refused : List.of(developer, outsider, fixture.operator())) {
            assertThat(controls.rotate(refused, contract.id())).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        }
    }

    @Test
    void theHistoryNamesWhoDidWhatNewestFirstForAdminsAndOperatorsOnly() {
        succeeded(linking.link(outsider, credentials(contract)));
        succeeded(controls.unlink(admin, contract.id(), outsider.account().id()));
        succeeded(controls.rotate(admin, contract.id()));

        Page<HistoryLine> history = succeeded(controls.history(fixture.operator(), contract.id(),
                PageRequest.of(10, Optional.empty(), 20)));

        assertThat(history.items()).extracting(line -> line.event().kind()).containsExactlyInAnyOrder(
                ContractEventKind.CREDENTIALS_ROTATED, ContractEventKind.UNLINKED, ContractEventKind.LINKED,
                ContractEventKind.ACTIVATED);
        assertThat(history.items().get(history.items().size() - 1).event().kind()).isEqualTo(ContractEventKind.ACTIVATED);
        assertThat(history.items().get(history.items().size() - 1).actor()).contains(admin.account());
        assertThat(history.items()).filteredOn(line -> line.event().kind() == ContractEventKind.UNLINKED).singleElement()
                .satisfies(line -> {
                    assertThat(line.actor()).contains(admin.account());
                    assertThat(line.account()).contains(outsider.account());
                });
        assertThat(succeeded(controls.activatedBy(admin, Set.of(contract.id())).get(contract.id()))).contains(admin.account());
        assertThat(controls.history(outsider, contract.id(), PageRequest.of(10, Optional.empty(), 20)))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThat(controls.activatedBy(outsider, Set.of(contract.id())).get(contract.id()))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    @Test
    void historyPagesNeitherSkipNorRepeatALine() {
        Viewer second = fixture.signedIn("second@outlook.com");
        succeeded(linking.link(outsider, credentials(contract)));
        succeeded(linking.link(second, credentials(contract)));
        succeeded(controls.unlink(admin, contract.id(), outsider.account().id()));

        Page<HistoryLine> first = succeeded(controls.history(admin, contract.id(), PageRequest.of(2, Optional.empty(), 20)));
        HistoryLine last = first.items().get(1);
        Page<HistoryLine> rest = succeeded(controls.history(admin, contract.id(),
                PageRequest.of(10, Optional.of(new EventCursor(last.event().at(), last.event().key())), 20)));

        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalCount()).isEqualTo(4);
        assertThat(rest.hasNext()).isFalse();
        assertThat(rest.items()).hasSize(2).noneMatch(first.items()::contains);
    }
}
