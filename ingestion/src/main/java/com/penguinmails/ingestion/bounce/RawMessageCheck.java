package com.penguinmails.ingestion.bounce;

import java.nio.charset.StandardCharsets;

/**
 * Rejects what is not worth handing to the MIME parser: too big, binary, no header section, a header section that never
 * ends. Returns the header section as text.
 */
final class RawMessageCheck {

    static final int MAX_HEADER_SECTION = 256 * 1024;
    /** Lines that may be MIME boundaries; real bounces have a handful, and each costs the MIME parser a part. */
    static final int MAX_DELIMITER_LINES = 1_000;
    private static final int SAMPLE = 64 * 1024;

    private RawMessageCheck() {
    }

    /**
     * The message with bare CR line ends (old Mac mailboxes) turned into LF, so lines can be found; any message that has
     * a LF is returned as it is.
     */
    static byte[] withLineFeeds(byte[] raw) {
        if (raw == null) {
            return null;
        }
        boolean hasCarriageReturn = false;
        for (byte b : raw) {
            if (b == '\n') {
                return raw;
            }
            hasCarriageReturn |= b == '\r';
        }
        if (!hasCarriageReturn) {
            return raw;
        }
        byte[] copy = raw.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == '\r') {
                copy[i] = '\n';
            }
        }
        return copy;
    }

    /**
     * Checks the message and returns its header section (without the blank line that ends it).
     *
     * @throws UnparseableMailException with the reason when the message cannot be a mail message
     */
    static String headerSection(byte[] raw, int maxBytes) throws UnparseableMailException {
        if (raw == null || raw.length == 0) {
            throw new UnparseableMailException("empty message");
        }
        if (raw.length > maxBytes) {
            throw new UnparseableMailException("message too big: " + raw.length + " bytes, the limit is " + maxBytes);
        }
        int controls = 0;
        int sample = Math.min(raw.length, SAMPLE);
        for (int i = 0; i < sample; i++) {
            int b = raw[i] & 0xff;
            if (b == 0) {
                throw new UnparseableMailException("binary data: NUL byte at offset " + i + ", not a MIME message");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++;
            }
        }
        if (controls * 20 > sample) {
            throw new UnparseableMailException("binary data: " + controls + " control bytes in the first " + sample
                    + ", not a MIME message");
        }
        int delimiters = delimiterLines(raw);
        if (delimiters > MAX_DELIMITER_LINES) {
            throw new UnparseableMailException("too many MIME parts: " + delimiters + " lines start with \"--\", the limit is "
                    + MAX_DELIMITER_LINES);
        }
        int start = 0;
        if (startsWith(raw, 0, "From ")) {
            // An mbox "From " separator line before the headers.
            start = lineEnd(raw, 0);
        }
        int end = headerEnd(raw, start);
        if (end < 0) {
            if (raw.length - start > MAX_HEADER_SECTION) {
                throw new UnparseableMailException("header section longer than " + MAX_HEADER_SECTION + " bytes");
            }
            throw new UnparseableMailException("truncated: the header section never ends (no blank line)");
        }
        if (end - start > MAX_HEADER_SECTION) {
            throw new UnparseableMailException("header section longer than " + MAX_HEADER_SECTION + " bytes");
        }
        String headers = new String(raw, start, end - start, StandardCharsets.ISO_8859_1);
        if (!startsWithField(headers)) {
            throw new UnparseableMailException("no header section: the message does not start with a header field");
        }
        FieldBlock fields = FieldBlock.parseHeaderSection(headers);
        if (!(fields.has("from") || fields.has("to") || fields.has("subject") || fields.has("date")
                || fields.has("message-id") || fields.has("received") || fields.has("content-type")
                || fields.has("return-path"))) {
            throw new UnparseableMailException("no RFC 5322 header fields (From, To, Subject, Date, Received...)");
        }
        return new String(raw, start, end - start, StandardCharsets.UTF_8);
    }

    private static boolean startsWithField(String headers) {
        int colon = headers.indexOf(':');
        if (colon <= 0 || colon > 76) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = headers.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** Index of the blank line ending the header section (the position of its first line break), or -1. */
    private static int headerEnd(byte[] raw, int from) {
        int limit = Math.min(raw.length, from + MAX_HEADER_SECTION + 4);
        for (int i = from; i < limit; i++) {
            if (raw[i] != '\n') {
                continue;
            }
            int j = i + 1;
            if (j < raw.length && raw[j] == '\r') {
                j++;
            }
            if (j < raw.length && raw[j] == '\n') {
                return i > from && raw[i - 1] == '\r' ? i - 1 : i;
            }
            if (j >= raw.length) {
                // Headers only, ending with a line break: a message with an empty body.
                return i;
            }
        }
        return -1;
    }

    private static int delimiterLines(byte[] raw) {
        int count = 0;
        for (int i = 0; i + 2 < raw.length; i++) {
            if ((i == 0 || raw[i - 1] == '\n') && raw[i] == '-' && raw[i + 1] == '-') {
                count++;
            }
        }
        return count;
    }

    private static int lineEnd(byte[] raw, int from) {
        for (int i = from; i < raw.length; i++) {
            if (raw[i] == '\n') {
                return i + 1;
            }
        }
        return raw.length;
    }

    private static boolean startsWith(byte[] raw, int offset, String prefix) {
        if (raw.length - offset < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (raw[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
