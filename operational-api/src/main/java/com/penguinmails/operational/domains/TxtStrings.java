package com.penguinmails.operational.domains;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Cuts TXT record text into DNS character-strings, which hold at most 255 bytes each (RFC 1035 3.3). */
public final class TxtStrings {

    /** The most bytes one character-string holds. */
    public static final int MAXIMUM_BYTES = 255;

    private TxtStrings() {
    }

    /** {@code text} in consecutive pieces of at most 255 bytes; ASCII text is expected (DKIM, SPF and DMARC are). */
    public static List<String> split(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += MAXIMUM_BYTES) {
            int end = Math.min(bytes.length, start + MAXIMUM_BYTES);
            strings.add(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
        }
        if (strings.isEmpty()) {
            strings.add("");
        }
        return strings;
    }
}
