package com.penguinmails.operational.domains;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

/** Makes DKIM RSA key pairs and picks their selectors. */
public final class DkimKeyGenerator {

    /** The RSA modulus lengths a domain may ask for; 2048 is the default. */
    public static final Set<Integer> SUPPORTED_BITS = Set.of(1024, 2048, 4096);
    public static final int DEFAULT_BITS = 2048;

    /** A fresh RSA key pair of {@code bits}. */
    public KeyPair generate(int bits) {
        if (!SUPPORTED_BITS.contains(bits)) {
            throw new IllegalArgumentException("DKIM keys are 1024, 2048 or 4096 bits, not " + bits);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has RSA", e);
        }
    }

    /**
     * The selector of a key made in {@code month}: {@code pm<yyyymm>}, then {@code pm<yyyymm>b}, {@code c}, ... when
     * the domain already has that selector (a second rotation in the same month).
     */
    public static String selector(YearMonth month, Collection<String> taken) {
        String base = String.format("pm%04d%02d", month.getYear(), month.getMonthValue());
        if (!taken.contains(base)) {
            return base;
        }
        for (char suffix = 'b'; suffix <= 'z'; suffix++) {
            if (!taken.contains(base + suffix)) {
                return base + suffix;
            }
        }
        throw new IllegalStateException("no free DKIM selector left for " + month);
    }
}
