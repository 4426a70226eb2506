package com.penguinmails.operational.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/** Makes webhook signing secrets and names the context they are sealed under. */
public final class WebhookSecrets {

    /** Every secret starts with this, so one found in a log or a repository is recognised. */
    public static final String PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    /** A new secret: the prefix and 32 random bytes, base64url. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The sealing context of endpoint {@code endpointId}'s secret, so a sealed secret copied to another row fails. */
    public static String context(String endpointId) {
        return "webhook:" + endpointId;
    }
}
