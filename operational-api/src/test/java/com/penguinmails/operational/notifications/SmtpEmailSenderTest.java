package com.penguinmails.operational.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sends through a real SMTP server (SubEthaSMTP) started by the test. */
class SmtpEmailSenderTest {

    @Test
    void deliversOneMessageToEveryRecipient() {
        try (RecordingSmtpServer smtp = RecordingSmtpServer.start()) {
            EmailSender sender = new SmtpEmailSender("127.0.0.1", smtp.port(), "PenguinMails <alerts@penguin.test>",
                    null, null, false, Duration.ofSeconds(5), Clock.systemUTC());

            sender.send(new EmailMessage(List.of("ops@acme.test", "cto@acme.test"), "Alert firing: bounces",
                    "bounce_rate 8.10% above 5.00%"));

            assertThat(smtp.received()).singleElement().satisfies(received -> {
                assertThat(received.from()).isEqualTo("alerts@penguin.test");
                assertThat(received.data()).contains("To: ops@acme.test, cto@acme.test")
                        .contains("Subject: Alert firing: bounces").contains("bounce_rate 8.10% above 5.00%");
            });
        }
    }

    @Test
    void aRefusalIsPermanentAndAnUnreachableServerIsNot() {
        try (RecordingSmtpServer smtp = RecordingSmtpServer.start()) {
            smtp.refuseWith("mailbox unavailable");
            EmailSender sender = new SmtpEmailSender("127.0.0.1", smtp.port(), "alerts@penguin.test", null, null,
                    false, Duration.ofSeconds(5), Clock.systemUTC());

            assertThatThrownBy(() -> sender.send(new EmailMessage(List.of("ops@acme.test"), "s", "t")))
                    .isInstanceOfSatisfying(EmailException.class, e -> assertThat(e.permanent()).isTrue());
        }
        EmailSender unreachable = new SmtpEmailSender("127.0.0.1", 1, "alerts@penguin.test", null, null, false,
                Duration.ofSeconds(2), Clock.systemUTC());
        assertThatThrownBy(() -> unreachable.send(new EmailMessage(List.of("ops@acme.test"), "s", "t")))
                .isInstanceOfSatisfying(EmailException.class, e -> assertThat(e.permanent()).isFalse());
    }
}
