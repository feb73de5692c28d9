package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.LinkLifecycleStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.contract.SupportContract;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A rotation that answers while a link attempt with the old pair is in flight, at each step of the
 * attempt where it can happen: the attempt is refused and links nothing. Deterministic: the rotation
 * runs inside the attempt, at the step under test.
 */
class RotationRacingLinkTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final ContractControlsService controls = fixture.controls;
    private final ContosoWorld world = ContosoWorld.goldPartnerWithProductSupport(fixture, "Data Platform");
    private final Viewer admin = world.admin;
    private final SupportContract contract = world.productSupport;
    private final Viewer outsider = fixture.signedIn("someone@outlook.com");

    @Test
    void aRotationAnsweringAfterTheAttemptFoundTheOldPairRefusesIt() {
        assertOldPairRefusedWhenRotationAnswersAt(SupportContractStore.class, "findByAccessId");
    }

    @Test
    void aRotationAnsweringAfterTheAttemptClaimedTheLinkRefusesIt() {
        assertOldPairRefusedWhenRotationAnswersAt(LinkLifecycleStore.class, "claim");
    }

    @Test
    void aRotationAnsweringJustBeforeTheClaimIsConfirmedRefusesIt() {
        assertOldPairRefusedWhenRotationAnswersAt(LinkLifecycleStore.class, "confirm", true);
    }

    private void assertOldPairRefusedWhenRotationAnswersAt(Class<?> port, String step) {
        assertOldPairRefusedWhenRotationAnswersAt(port, step, false);
    }

    /** Runs the rotation right after {@code step} returns (or right before it, when {@code before}). */
    private void assertOldPairRefusedWhenRotationAnswersAt(Class<?> port, String step, boolean before) {
        AtomicReference<Result<?, ?>> rotation = new AtomicReference<>();
        Runnable rotate = () -> {
            if (rotation.get() == null) {
                rotation.set(controls.rotate(admin, contract.id()));
            }
        };
        Object intercepted = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (before && method.getName().equals(step)) {
                rotate.run();
            }
            try {
                Object answer = method.invoke(port == SupportContractStore.class ? fixture.stores.contracts()
                        : fixture.stores.linkLifecycle(), args);
                if (!before && method.getName().equals(step)) {
                    rotate.run();
                }
                return answer;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        SupportContractStore contracts = port == SupportContractStore.class ? (SupportContractStore) intercepted : fixture.stores.contracts();
        LinkLifecycleStore lifecycle = port == LinkLifecycleStore.class ? (LinkLifecycleStore) intercepted : fixture.stores.linkLifecycle();
        LinkSupportContractService linking = new LinkSupportContractService(fixture.access, contracts, fixture.stores.memberships(),
                fixture.stores.links(), lifecycle, fixture.stores.ids(), fixture.stores.linkAttempts(), AttemptWindow.DEFAULT,
                fixture.clock);

        Result<?, ?> attempt = linking.link(outsider, credentials(contract));

        assertThat(rotation.get()).as("the rotation ran inside the attempt").isInstanceOf(Result.Succeeded.class);
        assertThat(attempt).isEqualTo(Result.refused(RefusalCode.INVALID_CONTRACT_CREDENTIALS));
        assertThat(fixture.stores.links().linksOf(outsider.account().id())).isEmpty();
    }
}
