package com.penguinmails.ingestion.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-tenant key material for everything ingestion signs (tracking links, VERP bounce addresses): each tenant's keys are
 * derived from one master secret, so only the master secret has to be kept secret and deployed.
 *
 * <p>Derivation (HKDF, RFC 5869, with SHA-256 and one output block): {@code prk = HMAC(salt, master)} with the salt
 * {@value #SALT}, then {@code key = HMAC(prk, info || 0x01)} where {@code info} is the length-prefixed UTF-8 of the tenant
 * id and of the key id. Every key is derived once, at construction; the master secret is not kept. Thread-safe and
 * immutable. {@link #toString()} never shows key material.
 */
public final class TrackingKeyring {

    /** HMAC algorithm of every derived key. */
    public static final String ALGORITHM = "HmacSHA256";
    /** The least master secret length accepted, in bytes. */
    public static final int MIN_MASTER_SECRET_BYTES = 32;
    private static final String SALT = "penguinmails/tracking-keyring/v1";

    private final Map<String, TrackingKey> activeKeys;
    private final Map<String, Map<String, TrackingKey>> acceptedKeys;

    /**
     * @param masterSecret at least {@value #MIN_MASTER_SECRET_BYTES} random bytes; the caller may wipe the array afterwards
     * @param tenants the tenants and their key ids; a tenant not listed is unknown
     * @throws IllegalArgumentException if the secret is too short or a tenant is listed twice
     */
    public TrackingKeyring(byte[] masterSecret, Collection<TenantKeyIds> tenants) {
        if (masterSecret.length < MIN_MASTER_SECRET_BYTES) {
            throw new IllegalArgumentException("the tracking master secret must be at least " + MIN_MASTER_SECRET_BYTES
                    + " bytes, got " + masterSecret.length);
        }
        byte[] pseudoRandomKey = hmac(SALT.getBytes(StandardCharsets.UTF_8), masterSecret);
        Map<String, TrackingKey> active = new HashMap<>();
        Map<String, Map<String, TrackingKey>> accepted = new HashMap<>();
        try {
            for (TenantKeyIds tenant : tenants) {
                if (accepted.containsKey(tenant.tenantId())) {
                    throw new IllegalArgumentException("tenant " + tenant.tenantId() + " is listed twice");
                }
                Map<String, TrackingKey> keys = new HashMap<>();
                for (String keyId : tenant.retiredKeyIds()) {
                    keys.put(keyId, derive(pseudoRandomKey, tenant.tenantId(), keyId));
                }
                TrackingKey activeKey = derive(pseudoRandomKey, tenant.tenantId(), tenant.activeKeyId());
                keys.put(activeKey.id(), activeKey);
                active.put(tenant.tenantId(), activeKey);
                accepted.put(tenant.tenantId(), Map.copyOf(keys));
            }
        } finally {
            Arrays.fill(pseudoRandomKey, (byte) 0);
        }
        this.activeKeys = Map.copyOf(active);
        this.acceptedKeys = Map.copyOf(accepted);
    }

    /**
     * Decodes a base64 (standard or URL-safe) master secret, as it comes from the environment.
     *
     * @throws IllegalArgumentException if it is not base64 or shorter than {@value #MIN_MASTER_SECRET_BYTES} bytes; the
     *     message never contains the value
     */
    public static byte[] decodeMasterSecret(String base64) {
        String trimmed = base64.trim();
        byte[] secret;
        try {
            secret = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the tracking master secret is not valid base64");
        }
        if (secret.length < MIN_MASTER_SECRET_BYTES) {
            throw new IllegalArgumentException("the tracking master secret must be at least " + MIN_MASTER_SECRET_BYTES
                    + " bytes once base64-decoded, got " + secret.length);
        }
        return secret;
    }

    /** Whether {@code tenantId} has tracking keys. */
    public boolean knowsTenant(String tenantId) {
        return tenantId != null && activeKeys.containsKey(tenantId);
    }

    /** The tenants that have tracking keys. */
    public Set<String> tenants() {
        return activeKeys.keySet();
    }

    /** The id new tokens of {@code tenantId} are signed with; empty for an unknown tenant. */
    public Optional<String> activeKeyId(String tenantId) {
        return activeKey(tenantId).map(TrackingKey::id);
    }

    /** The key new tokens of {@code tenantId} are signed with; empty for an unknown tenant. */
    public Optional<TrackingKey> activeKey(String tenantId) {
        return tenantId == null ? Optional.empty() : Optional.ofNullable(activeKeys.get(tenantId));
    }

    /**
     * The key {@code keyId} of {@code tenantId} when that id is still accepted for the tenant (active or retired); empty
     * for an unknown tenant, an id never configured, or one removed from the configuration.
     */
    public Optional<TrackingKey> key(String tenantId, String keyId) {
        if (tenantId == null || keyId == null) {
            return Optional.empty();
        }
        Map<String, TrackingKey> keys = acceptedKeys.get(tenantId);
        return keys == null ? Optional.empty() : Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public String toString() {
        return "TrackingKeyring[" + activeKeys.size() + " tenant(s)]";
    }

    private static TrackingKey derive(byte[] pseudoRandomKey, String tenantId, String keyId) {
        byte[] tenant = tenantId.getBytes(StandardCharsets.UTF_8);
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        byte[] info = new byte[4 + tenant.length + 4 + id.length + 1];
        int at = putLength(info, 0, tenant.length);
        System.arraycopy(tenant, 0, info, at, tenant.length);
        at = putLength(info, at + tenant.length, id.length);
        System.arraycopy(id, 0, info, at, id.length);
        info[info.length - 1] = 1;
        byte[] material = hmac(pseudoRandomKey, info);
        try {
            return new TrackingKey(keyId, new SecretKeySpec(material, ALGORITHM));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private static int putLength(byte[] into, int at, int length) {
        into[at] = (byte) (length >>> 24);
        into[at + 1] = (byte) (length >>> 16);
        into[at + 2] = (byte) (length >>> 8);
        into[at + 3] = (byte) length;
        return at + 4;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
