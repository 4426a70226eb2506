package com.penguinmails.ingestion.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowercaseBase32Test {

    @Test
    void encodesTheRfc4648TestVectorsInLowerCaseWithoutPadding() {
        assertThat(LowercaseBase32.encode(bytes(""))).isEmpty();
        assertThat(LowercaseBase32.encode(bytes("f"))).isEqualTo("my");
        assertThat(LowercaseBase32.encode(bytes("fo"))).isEqualTo("mzxq");
        assertThat(LowercaseBase32.encode(bytes("foo"))).isEqualTo("mzxw6");
        assertThat(LowercaseBase32.encode(bytes("foob"))).isEqualTo("mzxw6yq");
        assertThat(LowercaseBase32.encode(bytes("fooba"))).isEqualTo("mzxw6ytb");
        assertThat(LowercaseBase32.encode(bytes("foobar"))).isEqualTo("mzxw6ytboi");
    }

    @Test
    void decodesWhatItEncodesInAnyCase() {
        Random random = new Random(1);
        for (int length = 0; length < 64; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            String text = LowercaseBase32.encode(data);
            assertThat(LowercaseBase32.decode(text)).hasValueSatisfying(decoded -> assertThat(decoded).isEqualTo(data));
            assertThat(LowercaseBase32.decode(text.toUpperCase())).hasValueSatisfying(
                    decoded -> assertThat(decoded).isEqualTo(data));
        }
    }

    @Test
    void refusesCharactersOutsideTheAlphabetAndNonCanonicalText() {
        assertThat(LowercaseBase32.decode("mzxw6=")).isEmpty();
        assertThat(LowercaseBase32.decode("mzxw1")).isEmpty();
        assertThat(LowercaseBase32.decode("mz")).isEmpty(); // "my" is the only spelling of "f"
        assertThat(LowercaseBase32.decode("m")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
