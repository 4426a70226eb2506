package com.penguinmails.operational.errors;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.domains.DkimKey;
import com.penguinmails.operational.secrets.MasterKeyFactory;
import com.penguinmails.operational.secrets.SecretSealer;
import com.penguinmails.operational.secrets.SecretsFactory;
import com.penguinmails.operational.twofactor.Totp;
import io.dropwizard.testing.ConfigOverride;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the service at DEBUG with every log line (application, Jetty request log, libraries) captured from the console,
 * exercises every path that handles a secret, and checks that none of the secrets appears in what was logged:
 * passwords, session tokens, TOTP seeds and backup codes, API key secrets (issued and rotated), webhook signing
 * secrets, invitation tokens, DKIM private keys and the master key.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SecretsNotInLogsIT {

    /** The test configuration's master key (operational-api-test.yml). */
    private static final String MASTER_KEY = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMtbG9uZyE=";

    @Test
    void noSecretHandledByTheServiceReachesItsLogs(EmbeddedStack stack) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(new Tee(originalOut, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, captured), true, StandardCharsets.UTF_8));
        Map<String, String> secrets = new LinkedHashMap<>();
        OperationalApi api = null;
        try {
            // Jetty's DEBUG is a wire trace (every request header, Authorization included): a library dump no
            // service code controls, so it stays at INFO as in any deployment; everything else logs at DEBUG.
            api = OperationalApi.start(stack, "secrets_in_logs_it", ConfigOverride.config("logging.level", "DEBUG"),
                    ConfigOverride.config("logging.loggers.org\\.eclipse\\.jetty", "INFO"));
            secrets.putAll(exercise(api));
        } finally {
            if (api != null) {
                api.stop();
            }
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        secrets.put("master key", MASTER_KEY);

        assertThat(logs).as("the capture saw the service's request log").contains("/v1/sessions");
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            assertThat(secret.getValue()).as(secret.getKey()).hasSizeGreaterThanOrEqualTo(8);
            logs.lines().filter(line -> line.contains(secret.getValue()))
                    .map(line -> secret.getKey() + " in: " + line.replace(secret.getValue(), "<" + secret.getKey() + ">"))
                    .forEach(leaks::add);
        }
        assertThat(leaks).as("log lines holding a secret (shown masked)").isEmpty();
    }

    private static Map<String, String> exercise(OperationalApi api) throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("password", OperationalApi.PASSWORD);
        JsonNode signedUp = api.signUp("Secretive Ltd", "owner@secretive.test");
        String workspace = signedUp.get("workspace_id").asText();
        // A wrong password and an unknown account are logged as refusals, never with what was typed.
        String typo = "wrong horse battery staple 7";
        secrets.put("mistyped password", typo);
        api.call("POST", "/v1/sessions", null, Map.of("email", "owner@secretive.test", "password", typo));
        String session = api.signIn("owner@secretive.test");
        secrets.put("session token", session);

        JsonNode setup = json(require(api.call("POST", "/v1/me/totp", session, null), 201));
        String seed = setup.get("secret").asText();
        secrets.put("TOTP seed", seed);
        String code = Totp.code(base32(seed), Totp.step(Instant.now()));
        JsonNode enabled = json(require(api.call("POST", "/v1/me/totp/confirm", session, Map.of("code", code)), 200));
        List<String> backupCodes = new ArrayList<>();
        enabled.get("backup_codes").forEach(backup -> backupCodes.add(backup.asText()));
        secrets.put("backup code", backupCodes.get(0));
        require(api.call("POST", "/v1/sessions", null, Map.of("email", "owner@secretive.test",
                "password", OperationalApi.PASSWORD, "backup_code", backupCodes.get(0))), 201);

        JsonNode invited = json(require(api.call("POST", "/v1/organisation/invitations", session,
                Map.of("email", "colleague@secretive.test", "role", "member")), 201));
        secrets.put("invitation token", invited.get("token").asText());

        JsonNode key = json(require(api.call("POST", "/v1/api-keys", session,
                Map.of("name", "sender", "scopes", List.of("events:write", "admin"))), 201));
        String apiKey = key.get("secret").asText();
        secrets.put("API key", apiKey);
        require(api.call("POST", "/v1/suppressions/check", apiKey, Map.of("contact_ids", List.of("ct-1"))), 200);
        var rotation = api.call("POST", "/v1/api-keys/" + key.at("/api_key/id").asText() + "/rotate", session, Map.of());
        assertThat(rotation.statusCode()).as(rotation.body()).isBetween(200, 201);
        JsonNode rotated = json(rotation);
        String rotatedKey = rotated.get("secret").asText();
        secrets.put("rotated API key", rotatedKey);
        require(api.call("GET", "/v1/suppressions", rotatedKey, null), 200);
        api.call("GET", "/v1/suppressions", rotatedKey.substring(0, rotatedKey.length() - 4) + "XXXX", null);

        JsonNode webhook = json(require(api.call("POST", "/v1/webhooks", session, Map.of(
                "url", "http://127.0.0.1:9/hook", "event_types", List.of("bounce"))), 201));
        secrets.put("webhook secret", webhook.get("secret").asText());

        JsonNode domain = json(require(api.call("POST", "/v1/workspaces/" + workspace + "/domains", session,
                Map.of("name", "send.secretive.io")), 201));
        String domainId = domain.get("id").asText();
        String selector = domain.at("/dkim_keys/0/selector").asText();
        byte[] sealed = api.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT private_key_sealed FROM dkim_keys WHERE domain_id = :id AND selector = :selector")
                .bind("id", domainId).bind("selector", selector).mapTo(byte[].class).one());
        String privateKey = Base64.getEncoder().encodeToString(sealer().open(sealed,
                DkimKey.sealingContext(domainId, selector)));
        // 64 characters from the middle of the key's base64: any PEM line or base64 dump would contain them.
        secrets.put("DKIM private key", privateKey.substring(200, 264));
        return secrets;
    }

    private static SecretSealer sealer() {
        MasterKeyFactory key = new MasterKeyFactory();
        key.setId("test");
        key.setKey(MASTER_KEY);
        SecretsFactory factory = new SecretsFactory();
        factory.setActiveKeyId("test");
        factory.setMasterKeys(List.of(key));
        return factory.build();
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

    /** Writes to the console as before and to the capture. */
    private static final class Tee extends OutputStream {

        private final OutputStream console;
        private final ByteArrayOutputStream capture;

        Tee(OutputStream console, ByteArrayOutputStream capture) {
            this.console = console;
            this.capture = capture;
        }

        @Override
        public void write(int b) {
            synchronized (capture) {
                capture.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (capture) {
                capture.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() {
            // The capture needs no flushing; the console output is not echoed, to keep the build log short.
        }
    }
}
