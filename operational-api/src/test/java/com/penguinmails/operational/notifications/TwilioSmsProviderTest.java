package com.penguinmails.operational.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TwilioSmsProviderTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "test-auth-token";
    private static FakeTwilio twilio;

    @BeforeAll
    static void startFake() throws Exception {
        twilio = FakeTwilio.start(SID, TOKEN);
    }

    @AfterAll
    static void stopFake() {
        twilio.close();
    }

    private static TwilioSmsProvider provider(String token, Duration timeout) {
        return new TwilioSmsProvider(twilio.baseUrl() + "/", SID, token, "+15005550006", HttpClient.newHttpClient(),
                timeout);
    }

    @Test
    void postsTheDocumentedFormAndReturnsTheMessageSid() {
        String sid = provider(TOKEN, Duration.ofSeconds(5)).send("+14155550123", "Bounce rate 8% & rising");

        assertThat(sid).startsWith("SM");
        assertThat(twilio.sent()).contains(
                new FakeTwilio.Sent("+14155550123", "+15005550006", "Bounce rate 8% & rising"));
    }

    @Test
    void anInvalidNumberIsAPermanentFailureWithTheProvidersMessage() {
        assertThatThrownBy(() -> provider(TOKEN, Duration.ofSeconds(5)).send(FakeTwilio.INVALID_NUMBER, "hi"))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("is not a valid phone number").contains("code 21211");
                });
    }

    @Test
    void wrongCredentialsAreRefused() {
        assertThatThrownBy(() -> provider("wrong", Duration.ofSeconds(5)).send("+14155550123", "hi"))
                .isInstanceOfSatisfying(SmsException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void noAnswerWithinTheTimeoutIsRetryable() {
        assertThatThrownBy(() -> provider(TOKEN, Duration.ofMillis(300)).send(FakeTwilio.SILENT_NUMBER, "hi"))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.status()).isNull();
                    assertThat(e.getMessage()).contains("did not answer within");
                });
    }
}
