package com.penguinmails.ingestion.tracking;

import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs {@link TrackingToken}s into compact URL-safe strings and verifies them.
 *
 * <p>A token is the unpadded base64url of: version byte ({@value #VERSION}), purpose byte, key id (length byte + ASCII),
 * tenant id, a presence-flags byte, the present fields (strings as unsigned-varint length + UTF-8, integers as unsigned
 * varints), then the first {@value #MAC_BYTES} bytes of HMAC-SHA256 over everything before it, under the tenant's key
 * from the {@link TrackingKeyring}. The key id makes rotation possible: a token keeps verifying as long as its key id is
 * accepted for its tenant.
 *
 * <p>{@link #verify} never throws: anything but a well-formed token of a known tenant and accepted key id, with a
 * matching MAC (compared in constant time) and in canonical base64url, gives an empty result. Thread-safe.
 */
public final class TrackingTokens {

    /** The token format version written and accepted. */
    public static final int VERSION = 1;
    /** Tokens longer than this are refused before decoding. */
    public static final int MAX_TOKEN_CHARS = 4096;
    /** The longest string field accepted, in UTF-8 bytes. */
    public static final int MAX_FIELD_BYTES = 2048;
    private static final int MAC_BYTES = 16;
    /** Tokens sign their bytes alone; VERP addresses put a context of their own before theirs. */
    private static final byte[] NO_PREFIX = new byte[0];
    private static final int FLAG_MESSAGE = 1;
    private static final int FLAG_CAMPAIGN = 1 << 1;
    private static final int FLAG_VARIANT = 1 << 2;
    private static final int FLAG_STEP = 1 << 3;
    private static final int FLAG_CONTACT = 1 << 4;
    private static final int FLAG_LINK_INDEX = 1 << 5;
    private static final int FLAG_TARGET = 1 << 6;
    private static final int FLAG_HONEYPOT = 1 << 7;
    private static final Purpose[] PURPOSES = Purpose.values();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final TrackingKeyring keyring;

    public TrackingTokens(TrackingKeyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Signs {@code token} with its tenant's active key.
     *
     * @throws IllegalArgumentException if the tenant has no keys or a field is longer than {@value #MAX_FIELD_BYTES}
     *     bytes
     */
    public String sign(TrackingToken token) {
        TrackingKey key = keyring.activeKey(token.tenantId())
                .orElseThrow(() -> new IllegalArgumentException("tenant " + token.tenantId() + " has no tracking keys"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.write(VERSION);
        out.write(token.purpose().ordinal());
        byte[] keyId = key.id().getBytes(StandardCharsets.US_ASCII);
        out.write(keyId.length);
        out.writeBytes(keyId);
        writeString(out, token.tenantId());
        int flags = (token.messageId() != null ? FLAG_MESSAGE : 0)
                | (token.campaignId() != null ? FLAG_CAMPAIGN : 0)
                | (token.variant() != null ? FLAG_VARIANT : 0)
                | (token.sequenceStep() != null ? FLAG_STEP : 0)
                | (token.contactId() != null ? FLAG_CONTACT : 0)
                | (token.linkIndex() != null ? FLAG_LINK_INDEX : 0)
                | (token.targetUrl() != null ? FLAG_TARGET : 0)
                | (token.honeypot() ? FLAG_HONEYPOT : 0);
        out.write(flags);
        writeString(out, token.messageId());
        writeString(out, token.campaignId());
        writeString(out, token.variant());
        writeVarint(out, token.sequenceStep());
        writeString(out, token.contactId());
        writeVarint(out, token.linkIndex());
        writeString(out, token.targetUrl());
        byte[] payload = out.toByteArray();
        byte[] signed = Arrays.copyOf(payload, payload.length + MAC_BYTES);
        System.arraycopy(key.mac(NO_PREFIX, payload, payload.length), 0, signed, payload.length, MAC_BYTES);
        String encoded = ENCODER.encodeToString(signed);
        if (encoded.length() > MAX_TOKEN_CHARS) {
            throw new IllegalArgumentException("the token would be longer than " + MAX_TOKEN_CHARS + " characters");
        }
        return encoded;
    }

    /**
     * The token {@code encoded} stands for, when it is authentic; empty for anything else (null, oversize, not canonical
     * base64url, wrong version, unknown tenant or key id, tampered, truncated or with trailing bytes).
     */
    public Optional<TrackingToken> verify(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!isCanonical(encoded)) {
            return Optional.empty();
        }
        try {
            return verified(bytes);
        } catch (MalformedTokenException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code encoded}, which the decoder accepted, is the one spelling {@link #sign} gives its bytes: unpadded,
     * and with the unused low bits of the last character zero (the decoder ignores them, so they must not let one token
     * have several spellings). Checked in place rather than by encoding the bytes again, as this runs on every request.
     */
    private static boolean isCanonical(String encoded) {
        char last = encoded.charAt(encoded.length() - 1);
        if (last == '=') {
            return false;
        }
        int unusedBitsMask = switch (encoded.length() % 4) {
            case 2 -> 0x0F;
            case 3 -> 0x03;
            default -> 0;
        };
        return (base64UrlValue(last) & unusedBitsMask) == 0;
    }

    private static int base64UrlValue(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : 63;
    }

    private Optional<TrackingToken> verified(byte[] bytes) throws MalformedTokenException {
        int payloadLength = bytes.length - MAC_BYTES;
        Reader reader = new Reader(bytes, payloadLength);
        if (reader.readByte() != VERSION) {
            return Optional.empty();
        }
        int purpose = reader.readByte();
        if (purpose >= PURPOSES.length) {
            return Optional.empty();
        }
        String keyId = reader.readAscii(reader.readByte());
        String tenantId = reader.readString();
        Optional<TrackingKey> key = keyring.key(tenantId, keyId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = key.get().mac(NO_PREFIX, bytes, payloadLength);
        if (!MessageDigest.isEqual(Arrays.copyOf(expected, MAC_BYTES),
                Arrays.copyOfRange(bytes, payloadLength, bytes.length))) {
            return Optional.empty();
        }
        int flags = reader.readByte();
        String messageId = (flags & FLAG_MESSAGE) != 0 ? reader.readString() : null;
        String campaignId = (flags & FLAG_CAMPAIGN) != 0 ? reader.readString() : null;
        String variant = (flags & FLAG_VARIANT) != 0 ? reader.readString() : null;
        Integer step = (flags & FLAG_STEP) != 0 ? reader.readVarint() : null;
        String contactId = (flags & FLAG_CONTACT) != 0 ? reader.readString() : null;
        Integer linkIndex = (flags & FLAG_LINK_INDEX) != 0 ? reader.readVarint() : null;
        String targetUrl = (flags & FLAG_TARGET) != 0 ? reader.readString() : null;
        reader.requireEnd();
        if (messageId == null) {
            return Optional.empty();
        }
        return Optional.of(new TrackingToken(PURPOSES[purpose], tenantId, messageId, campaignId, variant, step, contactId,
                linkIndex, targetUrl, (flags & FLAG_HONEYPOT) != 0));
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        if (value == null) {
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_FIELD_BYTES) {
            throw new IllegalArgumentException("a tracking token field is longer than " + MAX_FIELD_BYTES + " bytes");
        }
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeVarint(ByteArrayOutputStream out, Integer value) {
        if (value == null) {
            return;
        }
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    /** Reads the payload part of a token, refusing to run past it. */
    private static final class Reader {

        private final byte[] bytes;
        private final int end;
        private int at;

        Reader(byte[] bytes, int end) throws MalformedTokenException {
            if (end <= 0) {
                throw new MalformedTokenException();
            }
            this.bytes = bytes;
            this.end = end;
        }

        int readByte() throws MalformedTokenException {
            if (at >= end) {
                throw new MalformedTokenException();
            }
            return bytes[at++] & 0xFF;
        }

        int readVarint() throws MalformedTokenException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = readByte();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        throw new MalformedTokenException();
                    }
                    return value;
                }
            }
            throw new MalformedTokenException();
        }

        String readString() throws MalformedTokenException {
            int length = readVarint();
            if (length > MAX_FIELD_BYTES || length > end - at) {
                throw new MalformedTokenException();
            }
            String value = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }

        String readAscii(int length) throws MalformedTokenException {
            if (length == 0 || length > end - at) {
                throw new MalformedTokenException();
            }
            String value = new String(bytes, at, length, StandardCharsets.US_ASCII);
            at += length;
            return value;
        }

        void requireEnd() throws MalformedTokenException {
            if (at != end) {
                throw new MalformedTokenException();
            }
        }
    }

    /** A token whose bytes do not parse; only ever caught inside {@link #verify}. */
    private static final class MalformedTokenException extends Exception {

        MalformedTokenException() {
            super(null, null, false, false);
        }
    }
}
