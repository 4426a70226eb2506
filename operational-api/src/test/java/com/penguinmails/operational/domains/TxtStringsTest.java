package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TxtStringsTest {

    @Test
    void keepsShortTextInOneString() {
        assertThat(TxtStrings.split("v=spf1 -all")).containsExactly("v=spf1 -all");
    }

    @Test
    void cutsLongTextInto255ByteStringsThatJoinBack() {
        String text = "v=DKIM1; k=rsa; p=" + "A".repeat(600);

        List<String> strings = TxtStrings.split(text);

        assertThat(strings).hasSize(3);
        assertThat(strings.get(0)).hasSize(255);
        assertThat(strings.get(1)).hasSize(255);
        assertThat(strings.get(2)).hasSize(text.length() - 510);
        assertThat(String.join("", strings)).isEqualTo(text);
    }

    @Test
    void exactly255BytesStayOneString() {
        assertThat(TxtStrings.split("x".repeat(255))).hasSize(1);
        assertThat(TxtStrings.split("x".repeat(256))).hasSize(2);
    }
}
