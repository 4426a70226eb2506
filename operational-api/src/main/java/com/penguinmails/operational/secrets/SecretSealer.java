package com.penguinmails.operational.secrets;

/**
 * Encrypts secrets the service must read back (DKIM private keys, TOTP seeds, webhook signing secrets) before they are
 * stored. The local implementation is AES-GCM under a master key from the environment; a Vault transit backend can
 * implement the same interface.
 *
 * <p>{@code context} is bound to the ciphertext as associated data (e.g. {@code "dkim:<domain id>"}), so a sealed value
 * copied to another row does not open.
 */
public interface SecretSealer {

    /** Returns the sealed form of {@code plaintext}, self-describing enough to be opened after a key rotation. */
    byte[] seal(byte[] plaintext, String context);

    /**
     * Returns the plaintext of {@code sealed}.
     *
     * @throws IllegalArgumentException when it was tampered with, sealed under another context or an unknown key
     */
    byte[] open(byte[] sealed, String context);
}
