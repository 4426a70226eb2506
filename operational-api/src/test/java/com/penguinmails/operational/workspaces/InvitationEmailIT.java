package com.penguinmails.operational.workspaces;

import static com.penguinmails.operational.access.OperationalApi.PASSWORD;
import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.notifications.RecordingSmtpServer;
import io.dropwizard.testing.ConfigOverride;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * Invitation emails through the running service, the embedded PostgreSQL and a real SMTP server: the invitee receives
 * the token by email and accepts with it; a refused email is retried until the server takes it, and no log line holds
 * the token.
 */
@ExtendWith(EmbeddedStackExtension.class)
class InvitationEmailIT {

    private static final Pattern TOKEN = Pattern.compile("pmi_[A-Za-z0-9_-]{43}");

    private static RecordingSmtpServer smtp;
    private static OperationalApi api;
    private static ListAppender<ILoggingEvent> logs;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        smtp = RecordingSmtpServer.start();
        api = OperationalApi.start(stack, "invitation_email_it",
                ConfigOverride.config("notifications.smtp.host", "127.0.0.1"),
                ConfigOverride.config("notifications.smtp.port", Integer.toString(smtp.port())),
                ConfigOverride.config("notifications.smtp.starttls", "false"),
                ConfigOverride.config("notifications.smtp.from", "invitations@penguin.test"),
                ConfigOverride.config("access.invitationEmailInterval", "100ms"),
                ConfigOverride.config("access.invitationEmailRetry.initialDelay", "200ms"),
                ConfigOverride.config("access.invitationEmailRetry.maxDelay", "400ms"),
                ConfigOverride.config("access.invitationEmailRetry.jitter", "0"),
                ConfigOverride.config("access.invitationAcceptPage", "https://app.penguin.test/invitation"));
        // Attached after start-up, which resets logging; the service logs at WARN, which is where failures go.
        logs = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        logs.setContext(root.getLoggerContext());
        logs.start();
        root.addAppender(logs);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    void theInviteeGetsTheTokenByEmailAndJoinsWithIt() throws Exception {
        JsonNode signUp = api.signUp("Mail Corp", "mia@mail.example");
        String owner = api.signIn("mia@mail.example");
        String workspace = signUp.get("workspace_id").asText();

        JsonNode invitation = json(require(api.call("POST", "/v1/workspaces/" + workspace + "/invitations", owner,
                Map.of("email", "nina@mail.example", "role", "member")), 201));

        RecordingSmtpServer.Received mail = awaitMailTo("nina@mail.example");
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(mail.data().getBytes(StandardCharsets.UTF_8)));
        String body = message.getContent().toString();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).as("a token in: %s", body).isTrue();
        assertThat(mail.from()).isEqualTo("invitations@penguin.test");
        assertThat(message.getSubject()).isEqualTo("You are invited to the PenguinMails workspace Default");
        assertThat(token.group()).isEqualTo(invitation.get("token").asText());
        assertThat(body).contains("POST /v1/invitations/accept")
                .contains("https://app.penguin.test/invitation#token=" + token.group());

        require(api.call("POST", "/v1/invitations/accept", null,
                Map.of("token", token.group(), "password", PASSWORD)), 200);
        JsonNode me = json(require(api.call("GET", "/v1/me", api.signIn("nina@mail.example"), null), 200));
        assertThat(me.at("/workspace_roles/" + workspace).asText()).isEqualTo("member");
        Map<String, Object> row = outboxRow(invitation.get("id").asText());
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("attempts")).isEqualTo(1);
    }

    @Test
    void aRefusedEmailIsRetriedUntilTheServerTakesItWithoutLoggingTheToken() {
        JsonNode signUp = api.signUp("Refuse Corp", "rob@refuse.example");
        String owner = api.signIn("rob@refuse.example");
        String workspace = signUp.get("workspace_id").asText();
        JsonNode invitation;
        try {
            smtp.refuseWith("mailbox unavailable");
            invitation = json(require(api.call("POST", "/v1/workspaces/" + workspace + "/invitations", owner,
                    Map.of("email", "ola@refuse.example", "role", "member")), 201));
            String id = invitation.get("id").asText();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> (Integer) outboxRow(id).get("attempts") >= 2);
            Map<String, Object> refused = outboxRow(id);
            assertThat(refused.get("sent_at")).isNull();
            assertThat(refused.get("failed_at")).isNull();
            assertThat((String) refused.get("last_error")).contains("550").contains("mailbox unavailable");
        } finally {
            smtp.refuseWith(null);
        }

        RecordingSmtpServer.Received mail = awaitMailTo("ola@refuse.example");
        String token = invitation.get("token").asText();
        assertThat(mail.data()).contains(token);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRow(invitation.get("id").asText())
                .get("sent_at") != null);
        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("the failures were logged").anyMatch(line -> line.contains(invitation.get("id").asText())
                && line.contains("retrying"));
        assertThat(lines).noneMatch(line -> line.contains(token));
    }

    private static RecordingSmtpServer.Received awaitMailTo(String recipient) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> smtp.received().stream().anyMatch(mail -> mail.to().equals(recipient)));
        return smtp.received().stream().filter(mail -> mail.to().equals(recipient)).findFirst().orElseThrow();
    }

    private static Map<String, Object> outboxRow(String invitationId) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT sent_at, failed_at, attempts, last_error FROM invitation_outbox WHERE invitation_id = :id")
                .bind("id", invitationId).mapToMap().one());
    }
}
