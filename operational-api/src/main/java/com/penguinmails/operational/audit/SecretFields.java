package com.penguinmails.operational.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes fields whose names look like secrets (passwords, tokens, private keys, seeds, backup codes, ...) from JSON
 * trees before they are stored in the audit trail.
 *
 * <p>Callers are expected to leave secrets out already; this is the second line of defence, so a secret added to a
 * representation later does not reach the audit table. A name is split into words (snake_case, kebab-case and
 * camelCase), and the field is removed when one word, or two adjacent words, name a secret.
 */
public final class SecretFields {

    private static final Set<String> SECRET_WORDS = Set.of(
            "password", "passwd", "passphrase", "secret", "secrets", "token", "tokens", "seed", "credential",
            "credentials", "otp", "totp", "ciphertext", "sealed", "apikey", "privatekey", "masterkey");
    private static final Set<String> SECRET_PAIRS = Set.of(
            "private_key", "master_key", "backup_code", "backup_codes", "signing_key", "recovery_code",
            "recovery_codes");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[_\\-.\\s]+|(?<=[a-z0-9])(?=[A-Z])");

    private SecretFields() {
    }

    /** Whether a field called {@code name} must not be stored. */
    public static boolean isSecret(String name) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_BOUNDARY.split(name)) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (SECRET_WORDS.contains(words.get(i))) {
                return true;
            }
            if (i + 1 < words.size() && SECRET_PAIRS.contains(words.get(i) + "_" + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Removes secret-looking fields from {@code tree} and every object nested in it, in place; returns the tree. */
    public static JsonNode strip(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            List<String> secretNames = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (isSecret(name)) {
                    secretNames.add(name);
                }
            });
            object.remove(secretNames);
            object.elements().forEachRemaining(SecretFields::strip);
        } else if (tree instanceof ArrayNode array) {
            array.elements().forEachRemaining(SecretFields::strip);
        }
        return tree;
    }
}
