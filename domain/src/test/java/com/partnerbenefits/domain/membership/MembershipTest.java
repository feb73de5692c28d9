package com.partnerbenefits.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Test
    void isActiveOnBothEndDatesInclusive() {
        Membership pack = grant(MembershipOffer.ACTION_PACK, Optional.empty());

        assertThat(pack.isActiveOn(JAN_1)).isTrue();
        assertThat(pack.isActiveOn(DEC_31)).isTrue();
        assertThat(pack.isActiveOn(DEC_31.plusDays(1))).isFalse();
        assertThat(pack.isActiveOn(JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        assertThatThrownBy(() -> new Membership(new MembershipId("m"), new PartnerId("p"),
                MembershipOffer.ACTION_PACK, Optional.empty(), JAN_1, JAN_1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("endsOn");
                            assertThat(v.rule()).isEqualTo(ViolationRule.DATE_ORDER);
                        }));
    }

    @Test
    void endingEarlyMovesTheEndButNeverExtendsIt() {
        Membership pack = grant(MembershipOffer.ACTION_PACK, Optional.empty());

        assertThat(pack.endOn(LocalDate.of(2026, 6, 30)).endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> pack.endOn(DEC_31.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo(ViolationRule.ONLY_EARLIER));
    }

    private static Membership grant(MembershipOffer offer, Optional<CompetencyArea> area) {
        return new Membership(new MembershipId("m"), new PartnerId("p"), offer, area, JAN_1, DEC_31);
    }
}
