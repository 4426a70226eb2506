package com.penguinmails.ingestion.bounce;

import com.penguinmails.events.v1.BounceType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Analyses an inbound message (bounce, delay notice, complaint report, auto-reply or reply) into a {@link MailAnalysis}.
 * Thread-safe, pure (no I/O): one instance can serve every request.
 *
 * <p>Order of decisions: a feedback report (ARF, or a Microsoft JMRP forward) is a complaint; a delivery-status report
 * with recipients is a bounce (some recipient failed), a delay (some delayed, none failed) or other (all delivered); a
 * message that looks like a bounce (sender, subject, X-Failed-Recipients) is read as a plain-text bounce; then
 * auto-reply signals (RFC 3834 and friends); then reply signals; else other.
 */
public final class InboundMailParser {

    /** Default largest message accepted: 10 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private static final List<String> ORIGINAL_HEADERS = List.of("Message-ID", "From", "To", "Subject", "Date",
            "Return-Path", "List-Unsubscribe", "Feedback-ID", "CFBL-Address", "CFBL-Feedback-ID");

    private final int maxMessageBytes;
    private final BounceClassifier classifier;

    /** A parser with the default size limit and the bundled classification rules. */
    public InboundMailParser() {
        this(DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** A parser that rejects messages larger than {@code maxMessageBytes}. */
    public InboundMailParser(int maxMessageBytes) {
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive");
        }
        this.maxMessageBytes = maxMessageBytes;
        this.classifier = new BounceClassifier(BounceRules.bundled());
    }

    /**
     * Analyses one raw RFC 5322 message.
     *
     * @param message the message bytes as received (headers, blank line, body)
     * @return the analysis, never null
     * @throws UnparseableMailException when the message is too big, binary, has no header section, or is truncated
     *     before its report part
     */
    public MailAnalysis analyze(byte[] message) throws UnparseableMailException {
        byte[] rawMessage = RawMessageCheck.withLineFeeds(message);
        String headerText = RawMessageCheck.headerSection(rawMessage, maxMessageBytes);
        MailParts parts;
        try {
            parts = new MimeWalker().walk(rawMessage, headerText);
        } catch (MessagingException | RuntimeException e) {
            throw new UnparseableMailException("malformed MIME: " + e.getMessage(), e);
        }
        List<String> evidence = new ArrayList<>(parts.evidence);
        FieldBlock headers = parts.headers;
        String subject = decode(headers.first("subject"));
        String humanText = parts.text.isEmpty() ? parts.html.toString() : parts.text.toString();

        List<FieldBlock> statusGroups = FieldBlock.parseGroups(parts.deliveryStatus.toString());
        List<FieldBlock> recipientGroups = new ArrayList<>();
        FieldBlock perMessage = null;
        for (FieldBlock group : statusGroups) {
            if (group.has("final-recipient") || group.has("original-recipient")) {
                recipientGroups.add(group);
            } else if (perMessage == null) {
                perMessage = group;
            }
        }
        boolean isReport = "multipart/report".equals(parts.contentType);
        if (parts.truncated && isReport && recipientGroups.isEmpty() && parts.feedbackReport.isEmpty()) {
            throw new UnparseableMailException(
                    "truncated: multipart/report ends before a complete delivery-status or feedback-report part");
        }

        FieldBlock returned = parts.returnedHeaders;
        if (returned == null) {
            int start = TextBounceScanner.originalStart(humanText);
            if (start >= 0) {
                FieldBlock inline = FieldBlock.parseHeaderSection(humanText.substring(start).stripLeading());
                if (inline.has("message-id") || inline.has("from") || inline.has("subject")) {
                    returned = inline;
                    evidence.add("original headers found inline in the text");
                }
            }
        }

        MailKind kind;
        List<RecipientOutcome> recipients = List.of();
        ComplaintReport complaint = null;
        Set<String> ignored = ownAddresses(headers);

        String nonArf = parts.feedbackReport.isEmpty() ? MailSignals.nonArfComplaint(headers, subject, returned) : null;
        if (!parts.feedbackReport.isEmpty() || "feedback-report".equals(parts.reportType) || nonArf != null) {
            kind = MailKind.COMPLAINT;
            evidence.add(nonArf != null ? nonArf : "feedback report (RFC 5965)");
            complaint = complaint(FieldBlock.parseHeaderSection(parts.feedbackReport.toString()), returned, nonArf);
        } else if (!recipientGroups.isEmpty()) {
            evidence.add("delivery-status report with " + recipientGroups.size() + " recipient(s)");
            List<TextBounceScanner.Entry> textEntries = TextBounceScanner.scan(humanText, ignored);
            recipients = fromDeliveryStatus(recipientGroups, perMessage, textEntries, evidence);
            kind = kindOfOutcomes(recipients);
        } else {
            String bounceSignal = firstNonNull(
                    headers.has("x-failed-recipients") ? "X-Failed-Recipients header" : null,
                    "delivery-status".equals(parts.reportType) ? "multipart/report delivery-status" : null,
                    MailSignals.delaySubject(subject),
                    MailSignals.bounceSubject(subject),
                    MailSignals.bounceSender(headers));
            if (bounceSignal != null) {
                evidence.add(bounceSignal);
                boolean delayed = MailSignals.delaySubject(subject) != null
                        || (MailSignals.bounceSubject(subject) == null && MailSignals.delayText(humanText) != null);
                recipients = fromText(humanText, headers, returned, ignored, delayed ? "delayed" : "failed", evidence);
                kind = delayed ? MailKind.DELAY : MailKind.BOUNCE;
                if (recipients.isEmpty()) {
                    evidence.add("bounce without an identifiable recipient");
                }
            } else {
                String auto = MailSignals.autoReply(headers, subject);
                String reply = MailSignals.reply(headers, subject);
                if (auto != null) {
                    kind = MailKind.AUTO_REPLY;
                    evidence.add(auto);
                } else if (reply != null) {
                    kind = MailKind.REPLY;
                    evidence.add(reply);
                } else {
                    kind = MailKind.OTHER;
                }
            }
        }
        Correlation correlation = correlation(headers, returned, complaint, kind);
        return new MailAnalysis(kind, recipients, complaint, correlation, evidence);
    }

    private List<RecipientOutcome> fromDeliveryStatus(List<FieldBlock> groups, FieldBlock perMessage,
            List<TextBounceScanner.Entry> textEntries, List<String> evidence) {
        Map<String, String> textBlocks = new LinkedHashMap<>();
        textEntries.forEach(e -> textBlocks.put(e.recipient(), e.block()));
        String reportingMta = perMessage == null ? null : typedValue(perMessage.first("reporting-mta"));
        List<RecipientOutcome> outcomes = new ArrayList<>();
        for (FieldBlock group : groups) {
            String recipient = address(typedValue(firstNonNull(group.first("final-recipient"),
                    group.first("original-recipient"))));
            if (recipient == null) {
                continue;
            }
            String action = cleanAction(group.first("action"));
            String diagnostic = typedValue(group.first("diagnostic-code"));
            if (diagnostic == null || diagnostic.isBlank()) {
                String block = textBlocks.get(recipient);
                if (block != null && !block.isBlank()) {
                    diagnostic = diagnosticOf(block);
                    evidence.add(recipient + ": diagnostic taken from the human-readable text");
                }
            }
            String remote = typedValue(group.first("remote-mta"));
            BounceVerdict verdict = classifier.classify(group.first("status"), diagnostic, action,
                    textBlocks.get(recipient));
            verdict.evidence().forEach(e -> evidence.add(recipient + ": " + e));
            outcomes.add(outcome(recipient, action, verdict, diagnostic, remote == null ? reportingMtaIfRemote(
                    reportingMta, action) : remote));
        }
        return outcomes;
    }

    private static String reportingMtaIfRemote(String reportingMta, String action) {
        // Without a Remote-MTA the reporting MTA is the one that gave up; it is the best host we can name.
        return "failed".equals(action) || "delayed".equals(action) ? reportingMta : null;
    }

    private List<RecipientOutcome> fromText(String text, FieldBlock headers, FieldBlock returned, Set<String> ignored,
            String action, List<String> evidence) {
        List<TextBounceScanner.Entry> entries = new ArrayList<>(TextBounceScanner.scan(text, ignored));
        if (entries.isEmpty()) {
            List<String> fallback = new ArrayList<>();
            headers.all("x-failed-recipients").forEach(v -> fallback.addAll(Addresses.findAll(v)));
            if (fallback.isEmpty()) {
                String before = TextBounceScanner.beforeOriginal(text);
                for (String a : Addresses.findAll(before.length() > TextBounceScanner.MAX_TEXT
                        ? before.substring(0, TextBounceScanner.MAX_TEXT) : before)) {
                    String local = a.substring(0, a.indexOf('@')).toLowerCase(Locale.ROOT);
                    if (!ignored.contains(a.toLowerCase(Locale.ROOT)) && !local.equals("postmaster")
                            && !local.equals("mailer-daemon")) {
                        fallback.add(a);
                        break;
                    }
                }
            }
            if (fallback.isEmpty() && returned != null && returned.first("to") != null) {
                String to = Addresses.first(returned.first("to"));
                if (to != null) {
                    fallback.add(to);
                    evidence.add("recipient taken from the To of the returned message");
                }
            }
            String block = diagnosticWindow(text);
            for (String recipient : new LinkedHashSet<>(fallback)) {
                entries.add(new TextBounceScanner.Entry(recipient.toLowerCase(Locale.ROOT), block));
            }
        }
        List<RecipientOutcome> outcomes = new ArrayList<>();
        for (TextBounceScanner.Entry entry : entries) {
            String diagnostic = diagnosticOf(entry.block().isBlank() ? diagnosticWindow(text) : entry.block());
            BounceVerdict verdict = classifier.classify(null, diagnostic, action);
            evidence.add(entry.recipient() + ": recipient found in the text");
            verdict.evidence().forEach(e -> evidence.add(entry.recipient() + ": " + e));
            outcomes.add(outcome(entry.recipient(), action, verdict, diagnostic, remoteHost(entry.block())));
        }
        return outcomes;
    }

    private static RecipientOutcome outcome(String recipient, String action, BounceVerdict verdict, String diagnostic,
            String remote) {
        boolean failedOrDelayed = "failed".equals(action) || "delayed".equals(action);
        BounceType type = failedOrDelayed ? verdict.bounceType() : BounceType.undetermined;
        BounceReason reason = failedOrDelayed ? verdict.reason() : BounceReason.UNKNOWN;
        return new RecipientOutcome(recipient.toLowerCase(Locale.ROOT), action, verdict.enhancedStatusCode(),
                verdict.smtpCode(), diagnostic, remote, type, reason);
    }

    private static MailKind kindOfOutcomes(List<RecipientOutcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> "failed".equals(o.action()))) {
            return MailKind.BOUNCE;
        }
        if (outcomes.stream().anyMatch(o -> "delayed".equals(o.action()))) {
            return MailKind.DELAY;
        }
        return MailKind.OTHER;
    }

    /** The interesting part of a text block: from the first line with a reply or status code, else all of it. */
    private static String diagnosticOf(String block) {
        String[] lines = block.split("\n");
        int from = 0;
        for (int i = 0; i < lines.length; i++) {
            if (BounceClassifier.firstSmtpCode(lines[i]) != null || BounceClassifier.firstCode(lines[i]) != null) {
                from = i;
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < lines.length && out.length() < BounceClassifier.MAX_DIAGNOSTIC; i++) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(lines[i].strip());
        }
        String result = out.toString().strip();
        return result.length() > BounceClassifier.MAX_DIAGNOSTIC
                ? result.substring(0, BounceClassifier.MAX_DIAGNOSTIC) : result;
    }

    /** The text before the copy of the original, limited to what a diagnostic may need. */
    private static String diagnosticWindow(String text) {
        String before = TextBounceScanner.beforeOriginal(text).strip();
        return before.length() > BounceClassifier.MAX_DIAGNOSTIC
                ? before.substring(0, BounceClassifier.MAX_DIAGNOSTIC) : before;
    }

    private static String remoteHost(String diagnostic) {
        if (diagnostic == null) {
            return null;
        }
        String lower = diagnostic.toLowerCase(Locale.ROOT);
        int host = lower.indexOf("host ");
        if (host < 0) {
            return null;
        }
        int start = host + 5;
        int end = start;
        while (end < diagnostic.length() && " [(\t,;:".indexOf(diagnostic.charAt(end)) < 0) {
            end++;
        }
        String name = diagnostic.substring(start, end);
        return name.indexOf('.') > 0 && !name.contains("@") ? name.toLowerCase(Locale.ROOT) : null;
    }

    private static ComplaintReport complaint(FieldBlock report, FieldBlock returned, String nonArf) {
        FieldBlock original = returned == null ? new FieldBlock() : returned;
        String recipient = firstNonNull(address(report.first("original-rcpt-to")),
                address(report.first("removal-recipient")),
                address(original.first("x-hmxmroriginalrecipient")),
                Addresses.first(original.first("to")));
        String mailFrom = firstNonNull(address(report.first("original-mail-from")),
                Addresses.first(original.first("return-path")));
        String feedbackType = MailSignals.lower(report.first("feedback-type")).strip();
        if (feedbackType.isEmpty()) {
            feedbackType = "abuse";
        }
        return new ComplaintReport(feedbackType,
                report.first("user-agent"),
                recipient == null ? null : recipient.toLowerCase(Locale.ROOT),
                mailFrom,
                typedValue(report.first("reporting-mta")),
                report.first("source-ip"),
                firstNonNull(report.first("arrival-date"), report.first("received-date")),
                original.first("feedback-id"),
                original.has("cfbl-address") || original.has("cfbl-feedback-id"));
    }

    private static Correlation correlation(FieldBlock headers, FieldBlock returned, ComplaintReport complaint,
            MailKind kind) {
        String inReplyTo = messageId(headers.first("in-reply-to"));
        List<String> references = new ArrayList<>();
        String refs = headers.first("references");
        if (refs != null) {
            for (String token : refs.split("\\s+")) {
                String id = messageId(token);
                if (id != null && references.size() < 100) {
                    references.add(id);
                }
            }
        }
        Map<String, String> original = new LinkedHashMap<>();
        if (returned != null) {
            for (String name : ORIGINAL_HEADERS) {
                String value = returned.first(name);
                if (value != null) {
                    original.put(name, decode(value));
                }
            }
            for (String name : returned.names()) {
                if (name.startsWith("x-pm-") && original.size() < 64) {
                    original.put(canonical(name), returned.first(name));
                }
            }
        }
        String originalMessageId = messageId(original.get("Message-ID"));
        if (originalMessageId == null && (kind == MailKind.REPLY || kind == MailKind.AUTO_REPLY)) {
            originalMessageId = inReplyTo;
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (String name : List.of("delivered-to", "x-original-to", "envelope-to", "x-envelope-to", "to", "cc")) {
            headers.all(name).forEach(v -> candidates.addAll(Addresses.findAll(v)));
        }
        if (returned != null) {
            for (String name : List.of("return-path", "from", "sender")) {
                returned.all(name).forEach(v -> candidates.addAll(Addresses.findAll(v)));
            }
        }
        if (complaint != null && complaint.originalMailFrom() != null) {
            candidates.add(complaint.originalMailFrom());
        }
        headers.all("x-failed-recipients").forEach(v -> candidates.addAll(Addresses.findAll(v)));
        List<String> limited = new ArrayList<>(candidates).subList(0, Math.min(candidates.size(), 50));
        return new Correlation(originalMessageId, inReplyTo, references, limited, original);
    }

    private static String canonical(String lowerName) {
        StringBuilder out = new StringBuilder(lowerName.length());
        boolean upper = true;
        for (char c : lowerName.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString().replace("X-Pm-", "X-PM-");
    }

    private static Set<String> ownAddresses(FieldBlock headers) {
        Set<String> own = new HashSet<>();
        for (String name : List.of("from", "to", "return-path", "delivered-to", "x-original-to", "sender",
                "reply-to")) {
            headers.all(name).forEach(v -> Addresses.findAll(v).forEach(a -> own.add(a.toLowerCase(Locale.ROOT))));
        }
        return own;
    }

    /** {@code "rfc822; user@x"} -> {@code "user@x"}: drops the address/MTA type prefix of a DSN field. */
    private static String typedValue(String value) {
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        if (semicolon > 0 && semicolon < 20 && value.substring(0, semicolon).strip().matches("[A-Za-z0-9\\-]+")) {
            return value.substring(semicolon + 1).strip();
        }
        return value.strip();
    }

    private static String address(String value) {
        String found = Addresses.first(value);
        return found == null ? null : found.toLowerCase(Locale.ROOT);
    }

    private static String cleanAction(String action) {
        if (action == null) {
            return "failed";
        }
        String lower = action.toLowerCase(Locale.ROOT).strip();
        int cut = 0;
        while (cut < lower.length() && Character.isLetter(lower.charAt(cut))) {
            cut++;
        }
        String word = lower.substring(0, cut);
        return switch (word) {
            case "failed", "failure" -> "failed";
            case "delayed", "delay" -> "delayed";
            case "delivered", "relayed", "expanded" -> word;
            default -> "failed";
        };
    }

    private static String messageId(String value) {
        if (value == null) {
            return null;
        }
        int open = value.indexOf('<');
        int close = open < 0 ? -1 : value.indexOf('>', open);
        if (open >= 0 && close > open) {
            return value.substring(open, close + 1);
        }
        String stripped = value.strip();
        return stripped.isEmpty() || stripped.contains(" ") ? null : "<" + stripped + ">";
    }

    private static String decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(value);
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return value;
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
