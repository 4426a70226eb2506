package com.penguinmails.ingestion.inbound;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * RFC 4648 base32 without padding, written in lower case and read in any case, because mail systems may change the case
 * of an address's local part. Only canonical text decodes: unused trailing bits must be zero, so one byte string has
 * exactly one spelling (up to case).
 */
final class LowercaseBase32 {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private LowercaseBase32() {
    }

    static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return text.toString();
    }

    /** The bytes of {@code text}, or empty when it holds a character outside the alphabet or is not canonical. */
    static Optional<byte[]> decode(CharSequence text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = valueOf(text.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >>> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        // A canonical encoding leaves fewer than 5 unused bits, all zero.
        if (bits >= 5 || (buffer & ((1 << bits) - 1)) != 0) {
            return Optional.empty();
        }
        return Optional.of(bytes.toByteArray());
    }

    private static int valueOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        return -1;
    }
}
