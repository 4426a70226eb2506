package com.penguinmails.ingestion.bounce;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data behind {@link BounceClassifier}: enhanced status code meanings and diagnostic text phrases, read from
 * {@code status-codes.tsv} and {@code text-rules.tsv} beside this class so they can be updated without code changes.
 */
final class BounceRules {

    /** One diagnostic phrase and what it means. */
    record TextRule(String phrase, BounceReason reason, String impliedCode) {
    }

    private final Map<String, BounceReason> reasonsByCode;
    private final List<TextRule> textRules;

    BounceRules(Map<String, BounceReason> reasonsByCode, List<TextRule> textRules) {
        this.reasonsByCode = Map.copyOf(reasonsByCode);
        this.textRules = List.copyOf(textRules);
    }

    /** Loads the rules shipped with the service. */
    static BounceRules bundled() {
        Map<String, BounceReason> codes = new HashMap<>();
        for (String[] row : rows("status-codes.tsv", 2)) {
            codes.put(row[0], BounceReason.valueOf(row[1]));
        }
        List<TextRule> rules = new ArrayList<>();
        for (String[] row : rows("text-rules.tsv", 3)) {
            rules.add(new TextRule(row[2].toLowerCase(Locale.ROOT), BounceReason.valueOf(row[0]), row[1]));
        }
        return new BounceRules(codes, rules);
    }

    /** The first text rule whose phrase occurs in the (lower-cased) diagnostic, or null. */
    TextRule matchText(String lowerCaseDiagnostic) {
        for (TextRule rule : textRules) {
            if (lowerCaseDiagnostic.contains(rule.phrase())) {
                return rule;
            }
        }
        return null;
    }

    /**
     * The reason an enhanced status code stands for: the registry entry for the exact code, else the meaning of its
     * subject (the middle number), else null.
     */
    BounceReason reasonForCode(String code) {
        String generic = "X" + code.substring(1);
        BounceReason exact = reasonsByCode.get(generic);
        if (exact != null) {
            return exact;
        }
        String subject = generic.substring(0, generic.indexOf('.', 2));
        return switch (subject) {
            case "X.1" -> BounceReason.USER_UNKNOWN;
            case "X.2" -> BounceReason.MAILBOX_DISABLED;
            case "X.3", "X.5" -> BounceReason.SYSTEM_ERROR;
            case "X.4" -> BounceReason.NETWORK_ERROR;
            case "X.6" -> BounceReason.CONTENT;
            case "X.7" -> BounceReason.POLICY;
            default -> null;
        };
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = BounceRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bounce rule file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns || row[columns - 1].isEmpty()) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                            + " tab-separated columns: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
