package com.penguinmails.operational.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies and verifies signatures: header {@code PenguinMails-Signature: t=<unix seconds>,v1=<hex>}
 * where {@code <hex>} is HMAC-SHA256 keyed with the endpoint's signing secret (its UTF-8 bytes, {@code whsec_...}
 * included) over {@code <t> + "." + <body>}. Receivers recompute it over the raw body and compare in constant time,
 * and refuse a {@code t} too far from their clock (replays). Pure and thread-safe.
 */
public final class WebhookSignature {

    /** The signature header's name. */
    public static final String HEADER = "PenguinMails-Signature";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value signing {@code body} at {@code time} with {@code secret}. */
    public static String header(String secret, Instant time, String body) {
        long seconds = time.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds + "." + body));
    }

    /**
     * Whether {@code header} is a valid signature of {@code body} with {@code secret}, made at most {@code tolerance}
     * away from {@code now}. Any of several {@code v1} values may match (several during a secret rotation).
     */
    public static boolean verify(String header, String secret, String body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long seconds = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    seconds = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (seconds == null || Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(mac(secret, seconds + "." + body))
                .getBytes(StandardCharsets.US_ASCII);
        for (String signature : signatures) {
            if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] mac(String secret, String signedPayload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
