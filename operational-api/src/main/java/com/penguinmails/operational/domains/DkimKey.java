package com.penguinmails.operational.domains;

import java.time.Instant;

/**
 * A DKIM key of a sending domain as stored: the private key only sealed.
 *
 * @param selector the DNS label under {@code _domainkey}
 * @param algorithm {@code rsa}
 * @param bits the RSA modulus length
 * @param publicKey base64 of the DER SubjectPublicKeyInfo, the {@code p=} value of the DKIM record
 * @param privateKeySealed the PKCS#8 DER private key sealed under context {@code dkim:<domain id>:<selector>}
 * @param active whether mail is signed with it; a retiring key stays listed until removed
 */
public record DkimKey(
        String domainId,
        String selector,
        String algorithm,
        int bits,
        String publicKey,
        byte[] privateKeySealed,
        boolean active,
        Instant createdAt) {

    /** The sealing context of a domain's key with {@code selector}. */
    public static String sealingContext(String domainId, String selector) {
        return "dkim:" + domainId + ":" + selector;
    }
}
