package com.penguinmails.ingestion.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One block of {@code Name: value} fields, as in a header section, a delivery-status group (RFC 3464) or a feedback
 * report (RFC 5965). Folded lines are unfolded; names compare case-insensitively; a name may repeat.
 */
final class FieldBlock {

    private static final int MAX_FIELDS = 500;

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    /** Parses the fields up to the first blank line. Lines that are not fields are skipped. */
    static FieldBlock parseHeaderSection(String text) {
        List<FieldBlock> groups = parse(text, true);
        return groups.isEmpty() ? new FieldBlock() : groups.get(0);
    }

    /** Parses every blank-line separated group of fields; empty groups are dropped. */
    static List<FieldBlock> parseGroups(String text) {
        return parse(text, false);
    }

    private static List<FieldBlock> parse(String text, boolean firstOnly) {
        List<FieldBlock> groups = new ArrayList<>();
        FieldBlock current = new FieldBlock();
        String name = null;
        StringBuilder value = new StringBuilder();
        int count = 0;
        for (String line : text.split("\r?\n", -1)) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (name != null) {
                current.add(name, value.toString());
                name = null;
            }
            if (line.isBlank()) {
                if (!current.fields.isEmpty()) {
                    groups.add(current);
                    if (firstOnly) {
                        return groups;
                    }
                    current = new FieldBlock();
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && colon <= 76 && isFieldName(line, colon) && ++count <= MAX_FIELDS) {
                name = line.substring(0, colon).strip();
                value.setLength(0);
                value.append(line.substring(colon + 1).strip());
            }
        }
        if (name != null) {
            current.add(name, value.toString());
        }
        if (!current.fields.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static boolean isFieldName(String line, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (c <= ' ' || c > '~') {
                // RFC 5322 field names have no spaces; tolerate trailing blanks before the colon only.
                return c == ' ' && line.substring(i, colon).isBlank() && i > 0;
            }
        }
        return true;
    }

    private void add(String name, String value) {
        fields.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
    }

    /** The first value of the field, or null when absent. */
    String first(String name) {
        List<String> values = fields.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    /** Every value of the field in order; empty when absent. */
    List<String> all(String name) {
        return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    boolean has(String name) {
        return fields.containsKey(name.toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The field names present, lower-cased, in order of first appearance. */
    List<String> names() {
        return List.copyOf(fields.keySet());
    }
}
