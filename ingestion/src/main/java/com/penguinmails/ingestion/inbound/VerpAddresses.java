package com.penguinmails.ingestion.inbound;

import com.penguinmails.ingestion.tracking.TrackingKey;
import com.penguinmails.ingestion.tracking.TrackingKeyring;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes and verifies VERP bounce addresses: {@code b-<payload>-<mac>@<bounce domain>}, where the payload names the
 * tenant, the tenant's message id, the contact id and the signing key id, and the mac is HMAC-SHA256 under that
 * tenant's {@link TrackingKeyring} key, truncated to {@value #MAC_BYTES} bytes (80 bits). Both parts are
 * {@link LowercaseBase32}, so an MTA that changes the case of the local part does not break the address. See
 * ingestion/INBOUND.md for the byte layout and the trade-off of RFC 5321's 64-octet local-part limit.
 *
 * <p>Thread-safe. The same bytes also work as the left side of a {@code Message-ID}, so replies that quote it in
 * {@code In-Reply-To} or {@code References} correlate too.
 */
public final class VerpAddresses {

    /** RFC 5321 section 4.5.3.1.1: the longest local part every server must accept. */
    public static final int RFC_5321_LOCAL_PART_LIMIT = 64;
    /** The longest local part ever made or verified (RFC 5321's limit for a whole path is 256 octets). */
    public static final int MAX_LOCAL_PART = 200;
    static final int MAC_BYTES = 10;

    private static final String PREFIX = "b-";
    private static final int VERSION = 1;
    /** Separates these macs from tracking tokens signed with the same tenant keys. */
    private static final byte[] MAC_CONTEXT = "penguinmails/verp/v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_TEXT_BYTES = 0x7F;
    private static final int UUID_MARK = 0x80;
    private static final int NUMBER_MARK = 0x81;
    private static final int ABSENT_MARK = 0x82;
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern DOMAIN =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final int MAC_CHARS = (MAC_BYTES * 8 + 4) / 5;

    private final TrackingKeyring keyring;
    private final int maxLocalPartLength;

    /**
     * @param maxLocalPartLength the longest local part {@link #returnPath} makes: {@value #RFC_5321_LOCAL_PART_LIMIT}
     *     keeps to RFC 5321; up to {@value #MAX_LOCAL_PART} for senders whose ids do not fit and whose MTAs accept
     *     longer local parts. Verification accepts up to {@value #MAX_LOCAL_PART} regardless, so lowering it breaks
     *     nothing sent.
     */
    public VerpAddresses(TrackingKeyring keyring, int maxLocalPartLength) {
        if (maxLocalPartLength < RFC_5321_LOCAL_PART_LIMIT || maxLocalPartLength > MAX_LOCAL_PART) {
            throw new IllegalArgumentException("the VERP local part limit must be between " + RFC_5321_LOCAL_PART_LIMIT
                    + " and " + MAX_LOCAL_PART + ", got " + maxLocalPartLength);
        }
        this.keyring = keyring;
        this.maxLocalPartLength = maxLocalPartLength;
    }

    /**
     * The bounce address (Return-Path) for one sent message, signed with the tenant's active key.
     *
     * @param contactId may be null
     * @throws IllegalArgumentException for an unknown tenant, an id longer than 127 UTF-8 bytes, a malformed domain, or
     *     ids that together make the local part longer than the configured limit (the message says by how much)
     */
    public String returnPath(String tenantId, String messageId, String contactId, String bounceDomain) {
        if (bounceDomain == null || !DOMAIN.matcher(bounceDomain).matches()) {
            throw new IllegalArgumentException("not a domain name: " + bounceDomain);
        }
        return localPart(tenantId, messageId, contactId) + "@" + bounceDomain.toLowerCase(Locale.ROOT);
    }

    /** The local part of {@link #returnPath}; also usable as the left side of the message's {@code Message-ID}. */
    public String localPart(String tenantId, String messageId, String contactId) {
        TrackingKey key = keyring.activeKey(tenantId)
                .orElseThrow(() -> new IllegalArgumentException("tenant " + tenantId + " has no signing key"));
        if (messageId == null || messageId.isEmpty()) {
            throw new IllegalArgumentException("a VERP address needs a message id");
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(VERSION);
        writeId(payload, key.id(), false);
        writeId(payload, tenantId, false);
        writeId(payload, messageId, true);
        if (contactId == null) {
            payload.write(ABSENT_MARK);
        } else {
            writeId(payload, contactId, true);
        }
        byte[] bytes = payload.toByteArray();
        String local = PREFIX + LowercaseBase32.encode(bytes) + "-" + LowercaseBase32.encode(mac(key, bytes));
        if (local.length() > maxLocalPartLength) {
            throw new IllegalArgumentException("the VERP local part for these ids is " + local.length()
                    + " octets, over the limit of " + maxLocalPartLength + ": use shorter (numeric or UUID) ids or"
                    + " raise inbound.maxVerpLocalPartLength (see INBOUND.md)");
        }
        return local;
    }

    /**
     * Verifies an address (or a {@code Message-ID}) made by {@link #returnPath}: in any letter case, with or without
     * angle brackets and domain. The mac is checked in constant time under the key the payload names, which must still
     * be accepted for its tenant.
     *
     * @return what the address says, or empty when it is not one of ours, was altered, or its key is unknown or revoked
     */
    public Optional<VerpAddress> verify(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String stripped = address.strip();
        String trimmed = stripped.startsWith("<") && stripped.endsWith(">")
                ? stripped.substring(1, stripped.length() - 1).strip()
                : stripped;
        int at = trimmed.lastIndexOf('@');
        String local = at < 0 ? trimmed : trimmed.substring(0, at);
        if (local.length() > MAX_LOCAL_PART || local.length() < PREFIX.length() + 2 + MAC_CHARS
                || !local.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        int dash = local.length() - MAC_CHARS - 1;
        if (local.charAt(dash) != '-') {
            return Optional.empty();
        }
        Optional<byte[]> payload = LowercaseBase32.decode(local.subSequence(PREFIX.length(), dash));
        Optional<byte[]> mac = LowercaseBase32.decode(local.subSequence(dash + 1, local.length()));
        if (payload.isEmpty() || mac.isEmpty() || mac.get().length != MAC_BYTES) {
            return Optional.empty();
        }
        return parse(payload.get()).flatMap(fields -> keyring.key(fields[1], fields[0])
                .filter(key -> MessageDigest.isEqual(mac(key, payload.get()), mac.get()))
                .map(key -> new VerpAddress(trimmed, fields[1], fields[2], fields[3], fields[0])));
    }

    /** The key id, tenant, message and contact (null when absent) of a payload, or empty when it is malformed. */
    private static Optional<String[]> parse(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        if (!in.hasRemaining() || in.get() != VERSION) {
            return Optional.empty();
        }
        String[] fields = new String[4];
        for (int i = 0; i < fields.length; i++) {
            if (!in.hasRemaining()) {
                return Optional.empty();
            }
            int mark = in.get() & 0xFF;
            if (mark <= MAX_TEXT_BYTES) {
                if (in.remaining() < mark || mark == 0) {
                    return Optional.empty();
                }
                byte[] text = new byte[mark];
                in.get(text);
                Optional<String> decoded = utf8(text);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                fields[i] = decoded.get();
            } else if (mark == UUID_MARK && i >= 2) {
                if (in.remaining() < 16) {
                    return Optional.empty();
                }
                fields[i] = new UUID(in.getLong(), in.getLong()).toString();
            } else if (mark == NUMBER_MARK && i >= 2) {
                Optional<Long> number = readVarint(in);
                if (number.isEmpty()) {
                    return Optional.empty();
                }
                fields[i] = Long.toString(number.get());
            } else if (mark == ABSENT_MARK && i == 3) {
                fields[i] = null;
            } else {
                return Optional.empty();
            }
        }
        return in.hasRemaining() ? Optional.empty() : Optional.of(fields);
    }

    /** Writes an id in the shortest form that decodes back to the same string. */
    private static void writeId(ByteArrayOutputStream out, String id, boolean compact) {
        if (compact && isCanonicalUuid(id)) {
            UUID uuid = UUID.fromString(id);
            out.write(UUID_MARK);
            out.writeBytes(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array());
        } else if (compact && NUMBER.matcher(id).matches()) {
            out.write(NUMBER_MARK);
            long value = Long.parseLong(id);
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        } else {
            byte[] text = id.getBytes(StandardCharsets.UTF_8);
            if (text.length == 0 || text.length > MAX_TEXT_BYTES) {
                throw new IllegalArgumentException("a VERP id must be 1 to " + MAX_TEXT_BYTES + " UTF-8 bytes, got "
                        + text.length);
            }
            out.write(text.length);
            out.writeBytes(text);
        }
    }

    private static Optional<Long> readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (!in.hasRemaining()) {
                return Optional.empty();
            }
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                // Only the shortest encoding of a positive number is valid, so each number has one spelling.
                boolean shortest = b != 0 || shift == 0;
                return value > 0 && shortest ? Optional.of(value) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isCanonicalUuid(String id) {
        if (id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(TrackingKey key, byte[] payload) {
        return Arrays.copyOf(key.mac(MAC_CONTEXT, payload, payload.length), MAC_BYTES);
    }
}
