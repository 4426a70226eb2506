package com.penguinmails.operational.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClickHouseContactDataTest {

    @Test
    void writesHashesAsAnArrayLiteral() {
        String a = ContactHash.of("ct-1");
        String b = ContactHash.of("ct-2");

        assertThat(ClickHouseContactData.arrayLiteral(List.of(a, b))).isEqualTo("['" + a + "','" + b + "']");
        assertThat(ClickHouseContactData.arrayLiteral(List.of())).isEqualTo("[]");
    }

    @Test
    void refusesAnythingButHashes() {
        assertThatThrownBy(() -> ClickHouseContactData.arrayLiteral(List.of("x', 'y")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
