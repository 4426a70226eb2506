package com.penguinmails.operational.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTargetPolicyTest {

    private static final Map<String, String> DNS = Map.of(
            "hooks.acme.test", "203.0.113.10",
            "internal.acme.test", "10.1.2.3",
            "metadata.acme.test", "169.254.169.254",
            "cgnat.acme.test", "100.64.0.1",
            "v6.acme.test", "fd00::1");

    private final WebhookTargetPolicy policy = new WebhookTargetPolicy(List.of("127.0.0.1"), host -> {
        String address = DNS.get(host);
        if (address == null) {
            if (host.matches("[0-9.]+|[0-9a-f:]+")) {
                return List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    });

    @Test
    void acceptsHttpsToAPublicAddress() {
        assertThat(policy.refusal("https://hooks.acme.test/penguin?x=1")).isEmpty();
    }

    @Test
    void requiresHttpsAndNoCredentials() {
        assertThat(policy.refusal("http://hooks.acme.test/")).contains("url must use https://");
        assertThat(policy.refusal("ftp://hooks.acme.test/")).contains("url must be an absolute https:// URL");
        assertThat(policy.refusal("/relative")).contains("url must be an absolute https:// URL");
        assertThat(policy.refusal("https://user:pw@hooks.acme.test/")).contains("url must not carry credentials");
        assertThat(policy.refusal("not a url")).contains("url is not a valid URL");
        assertThat(policy.refusal(null)).contains("url is required");
    }

    @Test
    void refusesPrivateLoopbackLinkLocalAndUnresolvableTargets() {
        assertThat(policy.refusal("https://internal.acme.test/")).hasValueSatisfying(
                reason -> assertThat(reason).contains("non-public address 10.1.2.3"));
        assertThat(policy.refusal("https://metadata.acme.test/")).isPresent();
        assertThat(policy.refusal("https://cgnat.acme.test/")).isPresent();
        assertThat(policy.refusal("https://v6.acme.test/")).isPresent();
        assertThat(policy.refusal("https://127.0.0.2/")).isPresent();
        assertThat(policy.refusal("https://[::1]/")).isPresent();
        assertThat(policy.refusal("https://0.0.0.0/")).isPresent();
        assertThat(policy.refusal("https://192.168.1.1/")).isPresent();
        assertThat(policy.refusal("https://[::ffff:10.0.0.1]/")).isPresent();
        assertThat(policy.refusal("https://nowhere.acme.test/")).contains("url host nowhere.acme.test does not resolve");
    }

    @Test
    void theAllowListPermitsHttpOnLoopbackForTestsAndTheDemo() {
        assertThat(policy.refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(policy.refusal("http://localhost:8080/hook")).contains("url must use https://");
    }
}
