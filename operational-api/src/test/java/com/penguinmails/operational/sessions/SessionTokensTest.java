package com.penguinmails.operational.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.operational.access.TokenHashes;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    @Test
    void tokensCarry256RandomBitsBehindThePrefix() {
        String token = SessionTokens.next();

        assertThat(token).matches("pms_[A-Za-z0-9_-]{43}");
        assertThat(SessionTokens.next()).isNotEqualTo(token);
        assertThat(SessionTokens.isSessionToken(token)).isTrue();
        assertThat(SessionTokens.isSessionToken("pmk_live_123")).isFalse();
    }

    @Test
    void storesOnlyTheSha256OfAToken() {
        assertThat(TokenHashes.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHashes.sha256("abc")).hasSize(32);
    }
}
