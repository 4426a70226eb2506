package com.penguinmails.operational.infrastructure.hostwinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.operational.infrastructure.provider.ProviderException.Kind;
import org.junit.jupiter.api.Test;

class HostwindsErrorKindsTest {

    @Test
    void documentedErrorMessagesMapToKinds() {
        assertThat(HostwindsProvider.kindOf("A valid serviceid is required.")).isEqualTo(Kind.NOT_FOUND);
        assertThat(HostwindsProvider.kindOf("Not Authorized!")).isEqualTo(Kind.REJECTED);
        assertThat(HostwindsProvider.kindOf("Insufficient credit balance")).isEqualTo(Kind.REJECTED);
        assertThat(HostwindsProvider.kindOf("Invalid template")).isEqualTo(Kind.INVALID_REQUEST);
    }
}
