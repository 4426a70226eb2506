package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DkimKeyGeneratorTest {

    @Test
    void namesSelectorsAfterTheMonthAndAvoidsTakenOnes() {
        YearMonth november = YearMonth.of(2026, 11);

        assertThat(DkimKeyGenerator.selector(november, List.of())).isEqualTo("pm202611");
        assertThat(DkimKeyGenerator.selector(november, List.of("pm202611"))).isEqualTo("pm202611b");
        assertThat(DkimKeyGenerator.selector(november, List.of("pm202611", "pm202611b"))).isEqualTo("pm202611c");
        assertThat(DkimKeyGenerator.selector(YearMonth.of(2027, 1), List.of("pm202611"))).isEqualTo("pm202701");
    }

    @Test
    void makesRsaKeysOfTheAskedLength() {
        KeyPair pair = new DkimKeyGenerator().generate(1024);

        assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength()).isEqualTo(1024);
        assertThatThrownBy(() -> new DkimKeyGenerator().generate(512)).isInstanceOf(IllegalArgumentException.class);
    }
}
