package com.penguinmails.operational.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them with the parameters every authenticator app uses: HMAC-SHA-1,
 * 30-second steps from the Unix epoch, 6 digits. A code is accepted for the current step and one step either side (clock
 * drift), and only for a step later than the last accepted one, so a code cannot be replayed.
 */
public final class Totp {

    /** Seconds per time step. */
    public static final int STEP_SECONDS = 30;
    /** Digits per code. */
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int DRIFT_STEPS = 1;

    private Totp() {
    }

    /** The time step {@code at} falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step} under {@code secret}, {@code digits} long (HOTP of RFC 4226 on the step counter). */
    public static String code(byte[] secret, long step, int digits, String macAlgorithm) {
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(secret, macAlgorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
            int code = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", code);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC is unavailable: " + macAlgorithm, e);
        }
    }

    /** The 6-digit HMAC-SHA-1 code of {@code step}. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /**
     * The step {@code code} is valid for at {@code now}, or empty when it is wrong, outside the drift window, or of a
     * step at or before {@code lastUsedStep} (a replay).
     *
     * @param lastUsedStep the step of the last accepted code, or {@link Long#MIN_VALUE} when none
     */
    public static OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong matched = OptionalLong.empty();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (equal && step > lastUsedStep && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }
}
