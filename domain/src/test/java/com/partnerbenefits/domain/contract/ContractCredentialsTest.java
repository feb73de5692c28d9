package com.partnerbenefits.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractCredentialsTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void accessIdsAreVersionFourUuidsSoTheyCarry122RandomBits() {
        AccessId id = AccessId.random(random);

        UUID uuid = UUID.fromString(id.value());
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(id.value()).isEqualTo(id.value().toLowerCase());
    }

    @Test
    void everyRandomBitOfAnAccessIdVaries() {
        // The 6 fixed bits are the version and variant; all 122 others must take both values.
        long highOnes = 0, highZeros = 0, lowOnes = 0, lowZeros = 0;
        for (int i = 0; i < 2_000; i++) {
            UUID uuid = UUID.fromString(AccessId.random(random).value());
            highOnes |= uuid.getMostSignificantBits();
            highZeros |= ~uuid.getMostSignificantBits();
            lowOnes |= uuid.getLeastSignificantBits();
            lowZeros |= ~uuid.getLeastSignificantBits();
        }
        assertThat(Long.bitCount(highOnes & highZeros) + Long.bitCount(lowOnes & lowZeros)).isEqualTo(122);
    }

    @Test
    void contractIdsAreEightUnambiguousCharactersInTwoGroups() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = ContractId.random(random).value();
            assertThat(id).matches("[0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContain("I", "L", "O", "U");
            seen.add(id);
        }
        assertThat(seen).hasSize(2_000);
    }

    @Test
    void contractIdsForgiveHowPeopleTypeThem() {
        assertThat(ContractId.parse(" 7kq4m9xd ")).contains(new ContractId("7KQ4-M9XD"));
        assertThat(ContractId.parse("OIL0-1234")).contains(new ContractId("0110-1234"));
        assertThat(ContractId.parse("7KQ4-M9X")).isEmpty();
        assertThat(ContractId.parse("7KQ4-M9XU")).isEmpty();
        assertThat(ContractId.parse(null)).isEmpty();
    }

    @Test
    void accessIdsAreReadInAnyCaseButOnlyInTheirOwnFormat() {
        AccessId id = AccessId.random(new SplittableRandom(7));

        assertThat(AccessId.parse(" " + id.value().toUpperCase() + "\n")).contains(id);
        assertThat(AccessId.parse(id.value().substring(1))).isEmpty();
        assertThat(AccessId.parse("00000000-0000-1000-8000-000000000000")).isEmpty();
        assertThat(AccessId.parse(null)).isEmpty();
    }
}
