package com.penguinmails.operational.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The Stripe meter event identifier of one usage report: derived from (organisation, period start, total reported
 * after it), so sending the same decision again, from any instance, carries the same identifier and Stripe counts it
 * once. 70 characters, within Stripe's limit of 100. Pure.
 */
public final class MeterEventIdentifiers {

    private MeterEventIdentifiers() {
    }

    /** {@code usage_<sha256 hex of tenant, period start millis and total>}. */
    public static String of(String tenantId, Instant periodStart, long totalAfter) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (tenantId + "\n" + periodStart.toEpochMilli() + "\n" + totalAfter)
                            .getBytes(StandardCharsets.UTF_8));
            return "usage_" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
