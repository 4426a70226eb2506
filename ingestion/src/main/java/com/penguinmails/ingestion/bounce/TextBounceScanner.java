package com.penguinmails.ingestion.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the failed recipients and their diagnostics in the human-readable text of a bounce, for the many MTAs that send
 * no (or an incomplete) delivery-status part: Postfix, Exim, Sendmail, qmail (QSBMF), Exchange, Gmail, Yahoo, Lotus
 * Domino, Courier and friends. A recipient entry starts at a line that begins with an address; its diagnostic is the
 * following lines up to the next entry or the start of the returned message.
 */
final class TextBounceScanner {

    static final int MAX_TEXT = 64 * 1024;
    private static final int MAX_BLOCK_LINES = 14;
    private static final int MAX_LINE = 998;

    /**
     * What follows the dashes of a line that opens the copy of the original message ("------ This is a copy of the
     * message", "--- Below this line is a copy", "-------original message"...): nothing after it names a recipient.
     */
    private static final List<String> COPY_MARKERS = List.of("this is a copy of the message",
            "below this line is a copy", "original message", "the body of the message",
            "the header of the original message", "header of the original message", "headers of the original message",
            "original message headers", "returned message", "the header and top", "message d'origine",
            "ursprüngliche nachricht", "mensaje original", "mensagem original", "messaggio originale");

    /** Lines that start the original's headers or a session transcript, where recipient entries stop too. */
    private static final List<String> INLINE_MARKERS = List.of("original message follows",
            "the original message was received at", "transcript of session", "reporting-mta:", "return-path:",
            "received:", "content-type: message/rfc822", "----- transcript of session");

    /** One recipient found in the text. */
    record Entry(String recipient, String block) {
    }

    private TextBounceScanner() {
    }

    /**
     * The recipient entries in order of first appearance; an address that appears twice (Exchange repeats it in the
     * administrator section) gets both blocks joined.
     *
     * @param ignored addresses that are never recipients here (the bounce's own sender and addressee), lower-cased
     */
    static List<Entry> scan(String text, Set<String> ignored) {
        String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String[] lines = capped.split("\r?\n");
        Map<String, StringBuilder> blocks = new LinkedHashMap<>();
        String current = null;
        int blockLines = 0;
        boolean sawCode = false;
        boolean closed = false;
        for (String rawLine : lines) {
            String line = rawLine.length() > MAX_LINE ? rawLine.substring(0, MAX_LINE) : rawLine;
            String trimmed = line.strip();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (isOriginalMarker(lower) && (current != null || !blocks.isEmpty() || opensOriginal(lower))) {
                break;
            }
            String leading = leadingAddress(trimmed);
            if (leading != null && !ignored.contains(leading.toLowerCase(Locale.ROOT))) {
                String key = leading.toLowerCase(Locale.ROOT);
                boolean sameAsCurrent = key.equals(current);
                current = key;
                blockLines = 0;
                sawCode = false;
                closed = false;
                StringBuilder block = blocks.computeIfAbsent(key, k -> new StringBuilder());
                String rest = trimmed.substring(Math.min(trimmed.length(), restStart(trimmed, leading))).strip();
                if (!sameAsCurrent && !block.isEmpty()) {
                    block.append('\n');
                }
                if (!rest.isEmpty()) {
                    block.append(rest).append('\n');
                    sawCode = BounceClassifier.firstSmtpCode(rest) != null || BounceClassifier.firstCode(rest) != null;
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                // An entry whose reply code has been seen ends at the next blank line: what follows is boilerplate.
                closed = sawCode;
                continue;
            }
            if (current != null && !closed && blockLines < MAX_BLOCK_LINES) {
                blocks.get(current).append(trimmed).append('\n');
                blockLines++;
                sawCode = sawCode || BounceClassifier.firstSmtpCode(trimmed) != null
                        || BounceClassifier.firstCode(trimmed) != null;
            }
        }
        List<Entry> entries = new ArrayList<>();
        blocks.forEach((recipient, block) -> entries.add(new Entry(recipient, block.toString().strip())));
        return entries;
    }

    /** Whether recipient entries stop at this line: the copy of the original or a transcript starts. */
    static boolean isOriginalMarker(String lowerTrimmed) {
        return opensOriginal(lowerTrimmed) || startsWithAny(lowerTrimmed, INLINE_MARKERS);
    }

    /** Whether this line opens the copy of the original message (its headers follow). */
    static boolean opensOriginal(String lowerTrimmed) {
        int start = 0;
        while (start < lowerTrimmed.length() && "-=*_ ".indexOf(lowerTrimmed.charAt(start)) >= 0) {
            start++;
        }
        if (start == 0) {
            return lowerTrimmed.startsWith("original message");
        }
        return start >= 2 && startsWithAny(lowerTrimmed.substring(start), COPY_MARKERS);
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The index in {@code text} just after the line that opens the copy of the original, or -1 when there is none. */
    static int originalStart(String text) {
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int next = offset + line.length() + 1;
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (opensOriginal(lower)) {
                return Math.min(next, text.length());
            }
            offset = next;
        }
        return -1;
    }

    /** The text before the line that opens the copy of the original (all of it when there is no such line). */
    static String beforeOriginal(String text) {
        int start = originalStart(text);
        if (start < 0) {
            return text;
        }
        int markerLine = text.lastIndexOf('\n', Math.max(0, start - 2));
        return markerLine < 0 ? "" : text.substring(0, markerLine);
    }

    /**
     * The address the line starts with ({@code user@x}, {@code <user@x>}, {@code <user@x>:}, {@code "user@x"},
     * {@code user@x:}, {@code user@x ...}), or null when the line does not start with one.
     */
    private static String leadingAddress(String trimmed) {
        if (trimmed.isEmpty() || trimmed.length() > MAX_LINE) {
            return null;
        }
        int start = 0;
        while (start < trimmed.length() && start < 3 && "<\"'(".indexOf(trimmed.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < trimmed.length() && " \t<>\"'(),;:[]".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        if (end <= start) {
            return null;
        }
        String token = trimmed.substring(start, end);
        int at = token.indexOf('@');
        if (at <= 0 || at != token.lastIndexOf('@') || token.indexOf('.', at) < 0) {
            return null;
        }
        String address = Addresses.first(token);
        if (address == null || address.length() < token.length() - 1) {
            return null;
        }
        String local = address.substring(0, address.indexOf('@')).toLowerCase(Locale.ROOT);
        if (local.equals("mailer-daemon") || local.equals("postmaster")) {
            return null;
        }
        return address;
    }

    private static int restStart(String trimmed, String address) {
        int index = trimmed.indexOf(address);
        if (index < 0) {
            index = trimmed.toLowerCase(Locale.ROOT).indexOf(address.toLowerCase(Locale.ROOT));
        }
        int end = index < 0 ? 0 : index + address.length();
        while (end < trimmed.length() && ">\"':.".indexOf(trimmed.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }
}
