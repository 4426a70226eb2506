package com.penguinmails.operational.domains;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the {@code tag=value; tag=value} lists of DKIM (RFC 6376 3.2) and DMARC (RFC 7489 6.4) records. Tag names
 * are lower-cased; values are trimmed, and the whitespace DKIM allows inside {@code p=} is removed.
 */
public final class TagList {

    private TagList() {
    }

    /** The tags of {@code text} in order; a later duplicate tag wins, a part without '=' is ignored. */
    public static Map<String, String> parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(equals + 1).strip();
            if (name.equals("p") || name.equals("rua") || name.equals("ruf")) {
                value = value.replaceAll("\\s+", "");
            }
            tags.put(name, value);
        }
        return tags;
    }
}
