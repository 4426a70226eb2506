package com.penguinmails.operational.domains;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Validates and normalises a DNS host name as customers type it: lower case, no trailing dot, internationalised names
 * in their ASCII (punycode) form. Pure; no DNS lookups.
 */
public final class DomainName {

    private static final int MAXIMUM_LENGTH = 253;
    private static final int MAXIMUM_LABEL_LENGTH = 63;

    private DomainName() {
    }

    /**
     * The normalised form of {@code input}, or why it is not a host name of at least two labels.
     *
     * @return either a normalised name ({@code name}) or a human-readable problem ({@code problem})
     */
    public static Result parse(String input) {
        if (input == null || input.isBlank()) {
            return Result.invalid("must not be empty");
        }
        String name = input.strip();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        try {
            name = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Result.invalid("is not a valid host name");
        }
        if (name.isEmpty() || name.length() > MAXIMUM_LENGTH) {
            return Result.invalid("must be 1 to " + MAXIMUM_LENGTH + " characters long");
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            return Result.invalid("must have at least two labels, e.g. example.com");
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > MAXIMUM_LABEL_LENGTH) {
                return Result.invalid("has a label that is empty or longer than " + MAXIMUM_LABEL_LENGTH);
            }
            if (!label.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
                return Result.invalid("has a label with characters other than letters, digits and inner hyphens");
            }
        }
        if (labels[labels.length - 1].matches("[0-9]+")) {
            return Result.invalid("must not end in a numeric label (an IP address is not a domain)");
        }
        return new Result(Optional.of(name), Optional.empty());
    }

    /** Whether {@code name} is {@code parent} itself or one of its subdomains (both normalised). */
    public static boolean isWithin(String name, String parent) {
        return name.equals(parent) || name.endsWith("." + parent);
    }

    /** The outcome of {@link #parse}: exactly one of {@code name} and {@code problem} is present. */
    public record Result(Optional<String> name, Optional<String> problem) {

        static Result invalid(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
