package com.penguinmails.ingestion.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds e-mail addresses in free text by expanding around each {@code @}, so the cost stays linear in the text length
 * (a regular expression with an unanchored local part can go quadratic on long runs of word characters).
 */
final class Addresses {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;

    private Addresses() {
    }

    /** Every address in the text, in order, with the domain lower-cased and the local part as written. */
    static List<String> findAll(String text) {
        List<String> found = new ArrayList<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            String address = around(text, at);
            if (address != null) {
                found.add(address);
            }
            at = text.indexOf('@', at + 1);
        }
        return found;
    }

    /** The first address in the text, or null. */
    static String first(String text) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf('@');
        while (at >= 0) {
            String address = around(text, at);
            if (address != null) {
                return address;
            }
            at = text.indexOf('@', at + 1);
        }
        return null;
    }

    private static String around(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
            start--;
        }
        int end = at + 1;
        while (end < text.length() && end - at <= MAX_DOMAIN && isDomainChar(text.charAt(end))) {
            end++;
        }
        while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        while (start < at && text.charAt(start) == '.') {
            start++;
        }
        String domain = text.substring(at + 1, end);
        if (start == at || domain.indexOf('.') <= 0) {
            return null;
        }
        return text.substring(start, at) + "@" + domain.toLowerCase(Locale.ROOT);
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
