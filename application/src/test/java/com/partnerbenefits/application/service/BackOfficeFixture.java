package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.fake.InMemoryStores;
import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Services wired to in-memory stores, with an operator and a plain signed-in viewer. */
class BackOfficeFixture {

    final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    final InMemoryStores stores = InMemoryStores.empty();
    final AccessPolicy access = new AccessPolicy(stores.links());
    final IdentifyCallerService identify = new IdentifyCallerService(stores.accounts(), stores.ids(), clock);
    final RegisterPartnerService registerPartner = new RegisterPartnerService(access, stores.partners(), stores.ids(), clock);
    final RegisterAccountService registerAccount = new RegisterAccountService(access, stores.accounts(), stores.partners(),
            stores.ids(), clock);
    final MembershipService memberships = new MembershipService(access, stores.memberships(), stores.partners(),
            stores.ids(), clock);
    final BrowsePartnersService browse = new BrowsePartnersService(access, stores.partners(), stores.accounts(),
            stores.memberships(), clock);
    final TechnicalBenefitsService benefits = new TechnicalBenefitsService(access, stores.memberships(),
            stores.contracts(), clock);
    final ActivateTechnicalBenefitService activation =
            new ActivateTechnicalBenefitService(access, stores.memberships(), stores.contracts(), stores.contractControls(), stores.ids(),
                    new SecureRandom(), clock);
    final PaidSupportPlanService paidPlans = new PaidSupportPlanService(access, stores.partners(), stores.memberships(),
            stores.contracts(), stores.contractControls(), stores.ids(), new SecureRandom(), clock);
    final LinkSupportContractService linking = new LinkSupportContractService(access, stores.contracts(), stores.memberships(),
            stores.links(), stores.linkLifecycle(), stores.ids(), stores.linkAttempts(), AttemptWindow.DEFAULT, clock);
    final ContractControlsService controls = new ContractControlsService(access, stores.contracts(), stores.contractControls(),
            stores.linkLifecycle(), stores.history(), stores.accounts(), stores.ids(), new SecureRandom(), clock);

    Viewer operator() {
        return identify.identify(new Caller(new Login("ops@benefits.example"), AccountKind.AAD, true));
    }

    Viewer signedIn(String login) {
        return identify.identify(new Caller(new Login(login), AccountKind.AAD, false));
    }

    /** The pair a contract's holder passes on, as a linking account types it. */
    static LinkSupportContractUseCase.Command credentials(SupportContract contract) {
        return new LinkSupportContractUseCase.Command(contract.accessId(), contract.contractId());
    }

    /** The value of a result the test expects to succeed; a refusal fails the test and names its reasons. */
    static <T> T succeeded(Result<T, ?> result) {
        return result.fold(value -> value, refused -> { throw new AssertionError("refused: " + refused); });
    }
}
