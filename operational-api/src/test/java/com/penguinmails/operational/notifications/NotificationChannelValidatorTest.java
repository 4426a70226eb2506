package com.penguinmails.operational.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationChannelValidatorTest {

    private final NotificationChannelValidator validator = new NotificationChannelValidator();

    @Test
    void acceptsEachTypeWithItsTarget() {
        assertThat(validator.problems(new NotificationChannelRequest("Ops hook", null, "webhook", "wh-1", null, null,
                true))).isEmpty();
        assertThat(validator.problems(new NotificationChannelRequest("Ops mail", null, "email", null,
                List.of("ops@acme.test", "cto@acme.test"), null, null))).isEmpty();
        assertThat(validator.problems(new NotificationChannelRequest("On call", "ws-1", "sms", null, null,
                List.of("+14155550123"), false))).isEmpty();
    }

    @Test
    void refusesTargetsThatDoNotFitTheType() {
        assertThat(validator.problems(new NotificationChannelRequest("x", null, "email", "wh-1",
                List.of("not-an-address"), null, null))).containsExactlyInAnyOrder(
                "email_addresses must contain only email addresses",
                "webhook_id and phone_numbers must be empty for an email channel");
        assertThat(validator.problems(new NotificationChannelRequest("x", null, "sms", null, null,
                List.of("4155550123"), null))).containsExactly(
                "phone_numbers must contain only E.164 phone numbers such as +14155550123");
        assertThat(validator.problems(new NotificationChannelRequest("x", null, "webhook", null, null, null, null)))
                .containsExactly("webhook_id is required for a webhook channel");
        assertThat(validator.problems(new NotificationChannelRequest("", null, "pager", null, null, null, null)))
                .containsExactly("name is required, at most 200 characters", "type must be webhook, email or sms");
        assertThat(validator.problems(new NotificationChannelRequest("x", null, "sms", null, null,
                List.of("+14155550123", "+14155550123"), null))).containsExactly(
                "phone_numbers must not repeat a value");
    }
}
