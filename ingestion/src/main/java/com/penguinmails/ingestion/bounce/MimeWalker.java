package com.penguinmails.ingestion.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Walks the MIME structure of a message with Jakarta Mail and collects the parts that matter into {@link MailParts},
 * within fixed budgets: nesting depth, number of parts and bytes of text read, so hostile input cannot exhaust the
 * service.
 */
final class MimeWalker {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static final int MAX_DEPTH = 12;
    static final int MAX_PARTS = 200;
    static final int MAX_PART_TEXT = 256 * 1024;
    static final int MAX_TOTAL_TEXT = 1024 * 1024;

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader for every body part and header block
        // (jakartaee/mail-api issues 699 and 861): naming the implementation skips the class-path scan and makes parsing
        // about twenty times faster. Set only when nobody chose one, to Angus Mail's, which the scan would find anyway.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private static final Session SESSION = Session.getInstance(sessionProperties());

    private int parts;
    private int textBudget = MAX_TOTAL_TEXT;

    private static Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        return p;
    }

    /** Walks the message; {@code headerText} is its header section as text (parsed by us, not by Jakarta Mail). */
    MailParts walk(byte[] raw, String headerText) throws MessagingException {
        MailParts result = new MailParts();
        result.headers = FieldBlock.parseHeaderSection(headerText);
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        ContentType top = contentType(message);
        result.contentType = top.getBaseType().toLowerCase(Locale.ROOT);
        String reportType = top.getParameter("report-type");
        result.reportType = reportType == null ? null : reportType.toLowerCase(Locale.ROOT);
        visit(message, 0, result);
        return result;
    }

    private void visit(Part part, int depth, MailParts result) throws MessagingException {
        if (++parts > MAX_PARTS) {
            if (parts == MAX_PARTS + 1) {
                result.evidence.add("more than " + MAX_PARTS + " MIME parts: the rest ignored");
            }
            return;
        }
        if (depth > MAX_DEPTH) {
            result.evidence.add("MIME nesting deeper than " + MAX_DEPTH + ": ignored");
            return;
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            Object content;
            try {
                content = part.getContent();
            } catch (IOException | MessagingException | RuntimeException e) {
                result.evidence.add("unreadable " + base + ": " + e.getMessage());
                return;
            }
            if (content instanceof MimeMultipart multipart) {
                int count;
                try {
                    count = multipart.getCount();
                } catch (MessagingException e) {
                    result.evidence.add("broken " + base + ": " + e.getMessage());
                    return;
                }
                if (!multipart.isComplete()) {
                    result.truncated = true;
                    result.evidence.add(base + " has no closing boundary");
                }
                for (int i = 0; i < count; i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    visit(child, depth + 1, result);
                }
            }
            return;
        }
        switch (base) {
            case "message/delivery-status", "message/global-delivery-status" ->
                    appendBlock(result.deliveryStatus, read(part, type, StandardCharsets.UTF_8));
            case "message/feedback-report" ->
                    appendBlock(result.feedbackReport, read(part, type, StandardCharsets.UTF_8));
            case "message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers",
                    "message/global-headers", "message/partial" -> {
                if (result.returnedHeaders == null) {
                    FieldBlock headers = FieldBlock.parseHeaderSection(read(part, type, StandardCharsets.UTF_8));
                    if (!headers.isEmpty()) {
                        result.returnedHeaders = headers;
                    }
                }
            }
            case "text/plain" -> {
                if (depth > 0 && part instanceof MimeBodyPart body
                        && (body.getHeader("Received") != null || body.getHeader("Message-ID") != null
                                || body.getHeader("Return-Path") != null)
                        && (body.getHeader("From") != null || body.getHeader("Subject") != null)) {
                    // The original message pasted as a part with no MIME headers of its own: its headers became the
                    // part's, and its body is ours, not text about the failure.
                    if (result.returnedHeaders == null) {
                        result.returnedHeaders = FieldBlock.parseHeaderSection(
                                String.join("\n", java.util.Collections.list(body.getAllHeaderLines())));
                    }
                    return;
                }
                String text = read(part, type, StandardCharsets.ISO_8859_1);
                if (result.deliveryStatus.isEmpty() && looksLikeDeliveryStatus(text)) {
                    result.evidence.add("text/plain part read as a delivery-status report");
                    appendBlock(result.deliveryStatus, text);
                } else if (result.feedbackReport.isEmpty() && text.regionMatches(true, 0, "Feedback-Type:", 0, 14)) {
                    result.evidence.add("text/plain part read as a feedback report");
                    appendBlock(result.feedbackReport, text);
                } else if (depth > 0 && looksLikeHeaderSection(text)) {
                    // A returned original sent as an untyped part: its headers, not text about the failure.
                    if (result.returnedHeaders == null) {
                        result.returnedHeaders = FieldBlock.parseHeaderSection(text);
                    }
                } else {
                    appendBlock(result.text, text);
                }
            }
            case "text/html" -> appendBlock(result.html, HtmlText.of(read(part, type, StandardCharsets.ISO_8859_1)));
            default -> {
                if (base.startsWith("text/") && depth == 0) {
                    appendBlock(result.text, read(part, type, StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    private static boolean looksLikeDeliveryStatus(String text) {
        String head = text.stripLeading();
        return (head.regionMatches(true, 0, "Reporting-MTA:", 0, 14)
                || head.regionMatches(true, 0, "Original-Envelope-Id:", 0, 21)
                || head.regionMatches(true, 0, "Final-Recipient:", 0, 16))
                && text.toLowerCase(Locale.ROOT).contains("action:");
    }

    private static boolean looksLikeHeaderSection(String text) {
        int colon = text.indexOf(':');
        int newline = text.indexOf('\n');
        if (colon <= 0 || (newline >= 0 && newline < colon) || text.substring(0, colon).contains(" ")) {
            return false;
        }
        FieldBlock fields = FieldBlock.parseHeaderSection(text);
        return fields.names().size() >= 3 && (fields.has("received") || fields.has("message-id")
                || fields.has("return-path")) && (fields.has("from") || fields.has("to") || fields.has("subject"));
    }

    private static void appendBlock(StringBuilder target, String text) {
        if (!target.isEmpty()) {
            target.append("\n\n");
        }
        target.append(text);
    }

    private String read(Part part, ContentType type, Charset defaultCharset) {
        if (textBudget <= 0) {
            return "";
        }
        int limit = Math.min(MAX_PART_TEXT, textBudget);
        byte[] bytes;
        try (InputStream in = decodedStream(part)) {
            bytes = in.readNBytes(limit);
        } catch (IOException | MessagingException | RuntimeException e) {
            return "";
        }
        textBudget -= bytes.length;
        return new String(bytes, charset(type, defaultCharset));
    }

    /**
     * The decoded content. Jakarta Mail leaves message/* parts undecoded (RFC 2046 forbids encoding them), but some MTAs
     * base64-encode their delivery-status part anyway.
     */
    private static InputStream decodedStream(Part part) throws MessagingException, IOException {
        if (part instanceof MimePart mime && part.isMimeType("message/*")) {
            String encoding = mime.getEncoding();
            if (encoding != null && !encoding.equalsIgnoreCase("7bit") && !encoding.equalsIgnoreCase("8bit")
                    && !encoding.equalsIgnoreCase("binary")) {
                InputStream raw = part instanceof MimeBodyPart body ? body.getRawInputStream()
                        : ((MimeMessage) part).getRawInputStream();
                return MimeUtility.decode(raw, encoding);
            }
        }
        return part.getInputStream();
    }

    private static Charset charset(ContentType type, Charset fallback) {
        String name = type.getParameter("charset");
        if (name == null) {
            return fallback;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static ContentType contentType(Part part) {
        try {
            String value = part.getContentType();
            if (value != null) {
                return new ContentType(value);
            }
        } catch (MessagingException | RuntimeException e) {
            // Unparseable Content-Type: RFC 2045 says treat as text/plain.
        }
        try {
            return new ContentType("text/plain");
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
