package com.penguinmails.operational.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.operational.notifications.EmailMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationEmailTest {

    private static final String TOKEN = "pmi_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private static final Instant EXPIRES = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void carriesTheTokenAndHowToAcceptIt() {
        EmailMessage mail = new InvitationEmail(null).write("ann@example.test", "You are invited", TOKEN, EXPIRES);

        assertThat(mail.to()).containsExactly("ann@example.test");
        assertThat(mail.subject()).isEqualTo("You are invited");
        assertThat(mail.text()).contains(TOKEN + "\n").contains("2026-12-03T10:00:00Z")
                .contains("POST /v1/invitations/accept").contains("{\"token\": \"" + TOKEN + "\"")
                .doesNotContain("http");
    }

    @Test
    void linksToTheAcceptPageWithTheTokenInTheFragment() {
        EmailMessage mail = new InvitationEmail("https://app.example.test/invitation")
                .write("ann@example.test", "You are invited", TOKEN, EXPIRES);

        assertThat(mail.text()).contains("https://app.example.test/invitation#token=" + TOKEN + "\n");
    }
}
