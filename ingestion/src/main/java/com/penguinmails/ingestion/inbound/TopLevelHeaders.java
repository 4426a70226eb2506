package com.penguinmails.ingestion.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a few headers of an inbound message's own header section (not of any attached original): its Message-ID, Date
 * and From, which make event ids stable and events dated. Scans at most {@value #MAX_SCAN} bytes, so a message without
 * a blank line costs no more than that.
 */
final class TopLevelHeaders {

    static final int MAX_SCAN = 256 * 1024;

    private final String section;

    private TopLevelHeaders(String section) {
        this.section = section;
    }

    static TopLevelHeaders of(byte[] message) {
        int end = Math.min(message.length, MAX_SCAN);
        for (int i = 0; i < end; i++) {
            if (message[i] == '\n' && (i + 1 < end && message[i + 1] == '\n'
                    || i + 2 < end && message[i + 1] == '\r' && message[i + 2] == '\n')) {
                end = i + 1;
                break;
            }
        }
        // ISO-8859-1 keeps every byte as one char; header values that matter here are ASCII.
        return new TopLevelHeaders(new String(message, 0, end, StandardCharsets.ISO_8859_1));
    }

    /** The unfolded value of the first header called {@code name} (any case), trimmed; empty when absent or blank. */
    Optional<String> first(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        String[] lines = section.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).startsWith(prefix)) {
                StringBuilder value = new StringBuilder(lines[i].substring(prefix.length()));
                while (i + 1 < lines.length && !lines[i + 1].isEmpty()
                        && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
                    value.append(' ').append(lines[++i].strip());
                }
                String text = value.toString().strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The Message-ID, as written (with angle brackets when present). */
    Optional<String> messageId() {
        return first("Message-ID");
    }

    /** The Date header as an instant, or empty when absent or not an RFC 5322 date. */
    Optional<Instant> date() {
        return first("Date").flatMap(TopLevelHeaders::parseDate);
    }

    /** The address of the From header (what is inside angle brackets, else the whole value), lower-cased. */
    Optional<String> fromAddress() {
        return first("From").map(TopLevelHeaders::address);
    }

    static String address(String value) {
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        String address = open >= 0 && close > open ? value.substring(open + 1, close) : value;
        return address.strip().toLowerCase(Locale.ROOT);
    }

    static Optional<Instant> parseDate(String value) {
        String text = value.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ").strip();
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
