package com.penguinmails.operational.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (Bouncy Castle) into PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded base64) and verifies them. Each hash gets 16 random
 * bytes of salt. The parameters travel in the string, so raising them later keeps old hashes verifiable
 * ({@link #needsRehash}).
 *
 * <p>Defaults follow OWASP's password storage recommendation for Argon2id: 19 MiB of memory, 2 passes, 1 lane, a
 * 32-byte hash.
 */
public final class Argon2idPasswordHasher {

    /** OWASP's recommended memory cost, in KiB (19 MiB). */
    public static final int DEFAULT_MEMORY_KIB = 19 * 1024;
    /** OWASP's recommended number of passes with that memory. */
    public static final int DEFAULT_ITERATIONS = 2;
    /** One lane: the service hashes many passwords in parallel rather than one faster. */
    public static final int DEFAULT_PARALLELISM = 1;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    /** A hasher with the OWASP defaults. */
    public Argon2idPasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    public Argon2idPasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** The PHC string of {@code password} under a fresh salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches {@code encoded}, in time independent of where the bytes differ.
     *
     * @throws IllegalArgumentException when {@code encoded} is not an Argon2id PHC string
     */
    public boolean verify(String password, String encoded) {
        Matcher phc = parse(encoded);
        byte[] salt = Base64.getDecoder().decode(phc.group(4));
        byte[] expected = Base64.getDecoder().decode(phc.group(5));
        byte[] actual = derive(password, salt, Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                Integer.parseInt(phc.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code encoded} was made with parameters other than this hasher's (hash again at the next sign-in). */
    public boolean needsRehash(String encoded) {
        Matcher phc = parse(encoded);
        return Integer.parseInt(phc.group(1)) != memoryKib || Integer.parseInt(phc.group(2)) != iterations
                || Integer.parseInt(phc.group(3)) != parallelism;
    }

    private static Matcher parse(String encoded) {
        Matcher phc = PHC.matcher(encoded);
        if (!phc.matches()) {
            throw new IllegalArgumentException("not an Argon2id PHC string");
        }
        return phc;
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
