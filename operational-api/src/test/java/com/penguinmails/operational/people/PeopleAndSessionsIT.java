package com.penguinmails.operational.people;

import static com.penguinmails.operational.access.OperationalApi.PASSWORD;
import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.twofactor.Totp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-up, sign-in, lockout, two-factor, sessions, invitations and owner protection, through the running service. */
@ExtendWith(EmbeddedStackExtension.class)
class PeopleAndSessionsIT {

    private static OperationalApi api;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        api = OperationalApi.start(stack, "people_and_sessions_it");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
    }

    @Test
    void signUpThenSignInThenMe() {
        JsonNode signUp = api.signUp("Acme Corp", "Sam@Acme.example");
        String token = api.signIn("sam@acme.example");

        JsonNode me = json(require(api.call("GET", "/v1/me", token, null), 200));

        assertThat(signUp.get("organisation_id").asText()).matches("t-[a-z2-7]{16}");
        assertThat(me.get("user_id").asText()).isEqualTo(signUp.get("user_id").asText());
        assertThat(me.get("email").asText()).isEqualTo("Sam@Acme.example");
        assertThat(me.get("organisation_name").asText()).isEqualTo("Acme Corp");
        assertThat(me.get("organisation_role").asText()).isEqualTo("owner");
        assertThat(me.at("/workspace_roles/" + signUp.get("workspace_id").asText()).asText()).isEqualTo("owner");
        assertThat(me.get("totp_enabled").asBoolean()).isFalse();
        String storedHash = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT password_hash FROM users WHERE id = :id").bind("id", me.get("user_id").asText())
                .mapTo(String.class).one());
        assertThat(storedHash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        assertThat(api.call("POST", "/v1/signup", null, Map.of("organisation", "Again", "email", "SAM@acme.example",
                "password", PASSWORD)).statusCode()).isEqualTo(409);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameAnswerAsAnUnknownEmail() {
        api.signUp("Lock Corp", "lee@lock.example");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = api.call("POST", "/v1/sessions", null,
                    Map.of("email", "lee@lock.example", "password", "not the password " + i));
            assertThat(wrong.statusCode()).isEqualTo(401);
            answers.add(wrong.body());
        }

        HttpResponse<String> rightButLocked = api.call("POST", "/v1/sessions", null,
                Map.of("email", "lee@lock.example", "password", PASSWORD));
        HttpResponse<String> unknown = api.call("POST", "/v1/sessions", null,
                Map.of("email", "nobody@lock.example", "password", PASSWORD));

        assertThat(rightButLocked.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(rightButLocked.body()).isEqualTo(unknown.body()).isEqualTo(answers.get(0));
        assertThat(json(unknown).get("second_factor_required").asBoolean()).isFalse();
        List<String> reasons = api.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT reason FROM login_activity WHERE lower(email) = 'lee@lock.example' ORDER BY id""")
                .mapTo(String.class).list());
        assertThat(reasons).containsExactly("wrong_password", "wrong_password", "wrong_password", "wrong_password",
                "wrong_password", "locked");
        Instant lockedUntil = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT locked_until FROM users WHERE email = 'lee@lock.example'").mapTo(Instant.class).one());
        assertThat(lockedUntil).isAfter(Instant.now().plusSeconds(14 * 60));
    }

    @Test
    void twoFactorMakesSignInNeedACodeAndBackupCodesWorkOnce() {
        api.signUp("Totp Corp", "tia@totp.example");
        String token = api.signIn("tia@totp.example");
        JsonNode setup = json(require(api.call("POST", "/v1/me/totp", token, null), 201));
        byte[] seed = base32(setup.get("secret").asText());
        assertThat(setup.get("otpauth_uri").asText()).startsWith("otpauth://totp/PenguinMails%3Atia%40totp.example?secret=");
        long step = Totp.step(Instant.now());

        assertThat(api.call("POST", "/v1/me/totp/confirm", token, Map.of("code", "000000".equals(
                Totp.code(seed, step)) ? "111111" : "000000")).statusCode()).isEqualTo(422);
        JsonNode enabled = json(require(api.call("POST", "/v1/me/totp/confirm", token,
                Map.of("code", Totp.code(seed, step))), 200));
        List<String> backupCodes = new ArrayList<>();
        enabled.get("backup_codes").forEach(code -> backupCodes.add(code.asText()));
        assertThat(backupCodes).hasSize(10);

        HttpResponse<String> withoutCode = api.call("POST", "/v1/sessions", null,
                Map.of("email", "tia@totp.example", "password", PASSWORD));
        assertThat(withoutCode.statusCode()).isEqualTo(401);
        assertThat(json(withoutCode).get("second_factor_required").asBoolean()).isTrue();
        HttpResponse<String> replayed = api.call("POST", "/v1/sessions", null,
                Map.of("email", "tia@totp.example", "password", PASSWORD, "totp_code", Totp.code(seed, step)));
        assertThat(replayed.statusCode()).as("the code used to confirm cannot be used again").isEqualTo(401);
        String next = Totp.code(seed, step + 1);
        require(api.call("POST", "/v1/sessions", null,
                Map.of("email", "tia@totp.example", "password", PASSWORD, "totp_code", next)), 201);
        assertThat(api.call("POST", "/v1/sessions", null,
                Map.of("email", "tia@totp.example", "password", PASSWORD, "totp_code", next)).statusCode())
                .isEqualTo(401);

        require(api.call("POST", "/v1/sessions", null,
                Map.of("email", "tia@totp.example", "password", PASSWORD, "backup_code", backupCodes.get(3))), 201);
        assertThat(api.call("POST", "/v1/sessions", null,
                Map.of("email", "tia@totp.example", "password", PASSWORD, "backup_code", backupCodes.get(3)))
                .statusCode()).isEqualTo(401);
        byte[] sealed = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT totp_secret_sealed FROM users WHERE email = 'tia@totp.example'").mapTo(byte[].class).one());
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain(setup.get("secret").asText());

        require(api.call("DELETE", "/v1/me/totp", token, Map.of("password", PASSWORD)), 204);
        require(api.call("POST", "/v1/sessions", null, Map.of("email", "tia@totp.example", "password", PASSWORD)),
                201);
    }

    @Test
    void aRevokedSessionIsRefusedAt401() {
        api.signUp("Session Corp", "sid@session.example");
        String first = api.signIn("sid@session.example");
        String second = api.signIn("sid@session.example");
        JsonNode sessions = json(require(api.call("GET", "/v1/sessions", first, null), 200)).get("sessions");
        assertThat(sessions).hasSize(2);
        String secondId = null;
        for (JsonNode session : sessions) {
            if (!session.get("current").asBoolean()) {
                secondId = session.get("id").asText();
            }
        }

        require(api.call("DELETE", "/v1/sessions/" + secondId, first, null), 204);

        assertThat(api.call("GET", "/v1/me", second, null).statusCode()).isEqualTo(401);
        assertThat(api.call("GET", "/v1/me", first, null).statusCode()).isEqualTo(200);
        require(api.call("DELETE", "/v1/sessions/current", first, null), 204);
        assertThat(api.call("GET", "/v1/me", first, null).statusCode()).isEqualTo(401);
        long storedAsHash = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM sessions WHERE token_hash = :hash").bind("hash", TokenHashes.sha256(first))
                .mapTo(Long.class).one());
        long storedAsText = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM sessions s WHERE position(:token in s::text) > 0").bind("token", first)
                .mapTo(Long.class).one());
        assertThat(storedAsHash).isEqualTo(1);
        assertThat(storedAsText).isZero();
        JsonNode activity = json(require(api.call("GET", "/v1/me/login-activity",
                api.signIn("sid@session.example"), null), 200));
        assertThat(activity.at("/attempts/0/reason").asText()).isEqualTo("ok");
        assertThat(activity.at("/attempts/0/user_agent").asText()).isEqualTo("operational-api-it");
    }

    @Test
    void anInvitationIsAcceptedOnceByANewAccount() {
        JsonNode signUp = api.signUp("Invite Corp", "ivy@invite.example");
        String owner = api.signIn("ivy@invite.example");
        String workspace = signUp.get("workspace_id").asText();
        JsonNode invitation = json(require(api.call("POST", "/v1/workspaces/" + workspace + "/invitations", owner,
                Map.of("email", "new@invite.example", "role", "member")), 201));
        String token = invitation.get("token").asText();

        assertThat(api.call("POST", "/v1/invitations/accept", null, Map.of("token", token, "password", "short"))
                .statusCode()).isEqualTo(422);
        JsonNode accepted = json(require(api.call("POST", "/v1/invitations/accept", null,
                Map.of("token", token, "password", PASSWORD, "display_name", "New Person")), 200));
        assertThat(api.call("POST", "/v1/invitations/accept", null, Map.of("token", token, "password", PASSWORD))
                .statusCode()).isEqualTo(409);
        assertThat(api.call("POST", "/v1/invitations/accept", null, Map.of("token", "pmi_unknown", "password", PASSWORD))
                .statusCode()).isEqualTo(404);

        assertThat(accepted.get("account_created").asBoolean()).isTrue();
        JsonNode me = json(require(api.call("GET", "/v1/me", api.signIn("new@invite.example"), null), 200));
        assertThat(me.get("organisation_id").asText()).isEqualTo(signUp.get("organisation_id").asText());
        assertThat(me.at("/workspace_roles/" + workspace).asText()).isEqualTo("member");
        long queued = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM invitation_outbox WHERE invitation_id = :id")
                .bind("id", invitation.get("id").asText()).mapTo(Long.class).one());
        assertThat(queued).isEqualTo(1);
    }

    @Test
    void theLastOwnerCannotBeDemotedOrRemoved() {
        JsonNode signUp = api.signUp("Owner Corp", "olga@owner.example");
        String owner = api.signIn("olga@owner.example");
        String ownerId = signUp.get("user_id").asText();
        String workspace = signUp.get("workspace_id").asText();

        assertThat(api.call("PATCH", "/v1/organisation/members/" + ownerId, owner, Map.of("role", "admin"))
                .statusCode()).isEqualTo(409);
        assertThat(api.call("DELETE", "/v1/organisation/members/" + ownerId, owner, null).statusCode())
                .isEqualTo(409);
        assertThat(api.call("PATCH", "/v1/workspaces/" + workspace + "/members/" + ownerId, owner,
                Map.of("role", "viewer")).statusCode()).isEqualTo(409);

        String second = api.newPerson(owner, null, "otto@owner.example", "owner");
        require(api.call("PATCH", "/v1/organisation/members/" + ownerId, second, Map.of("role", "admin")), 200);
        JsonNode me = json(require(api.call("GET", "/v1/me", api.signIn("olga@owner.example"), null), 200));
        assertThat(me.get("organisation_role").asText()).isEqualTo("admin");
        long audited = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'member.change_role' AND target_id = :target")
                .bind("target", "organisation/" + ownerId).mapTo(Long.class).one());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void badInputIs422WithFieldMessages() {
        HttpResponse<String> shortPassword = api.call("POST", "/v1/signup", null,
                Map.of("organisation", "Bad Corp", "email", "bad@bad.example", "password", "short"));
        HttpResponse<String> noEmail = api.call("POST", "/v1/signup", null,
                Map.of("organisation", "Bad Corp", "email", "not an email", "password", PASSWORD));
        HttpResponse<String> notJson = api.call("POST", "/v1/signup", null, "{");

        assertThat(shortPassword.statusCode()).isEqualTo(422);
        assertThat(json(shortPassword).get("errors").toString())
                .contains("password must be at least 12 characters long");
        assertThat(noEmail.statusCode()).isEqualTo(422);
        assertThat(json(noEmail).get("errors").toString()).contains("email");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("at com.").doesNotContain("Exception");
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : text.toCharArray()) {
            buffer = buffer << 5 | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> bits - 8);
                bits -= 8;
            }
        }
        return out;
    }
}
