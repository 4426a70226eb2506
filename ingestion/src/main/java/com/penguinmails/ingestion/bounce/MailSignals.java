package com.penguinmails.ingestion.bounce;

import java.util.List;
import java.util.Locale;

/**
 * Header and subject signals that tell bounces, delay notices, complaint reports, auto-replies and human replies apart
 * when the MIME structure does not. Each method returns the evidence string when the signal is present, else null.
 */
final class MailSignals {

    private static final List<String> DAEMON_SENDERS = List.of("mailer-daemon", "postmaster", "mail delivery",
            "mail-daemon", "maildelivery", "bounce@", "bounces@", "nobody@", "mdaemon", "mail administrator",
            "returned mail", "dsn@", "noreply-dsn", "mailerdaemon", "mail.delivery", "ndr@");

    private static final List<String> BOUNCE_SUBJECTS = List.of("undelivered mail", "undeliverable",
            "mail delivery failed", "delivery status notification (failure)", "delivery failure", "failure notice",
            "returned mail", "delivery notification: delivery has failed", "mail delivery failure",
            "could not send message", "delivery failed", "non-delivery", "nondelivery", "undelivered message",
            "message not delivered", "delivery has failed", "mail system error", "rejected:", "unzustellbar",
            "nicht zustellbar", "non remis", "non distribuable", "no se puede entregar", "no entregado",
            "non recapitabile", "mancata consegna", "onbestelbaar", "não entregue", "недоставленное",
            "не доставлено", "ошибка доставки", "nie dostarczono", "kan inte levereras", "unable to deliver",
            "delivery status notification", "mail could not be delivered", "returned to sender",
            "permanent failure", "notification d'état de remise", "benachrichtigung zum übermittlungsstatus");

    private static final List<String> DELAY_SUBJECTS = List.of("delayed mail", "(delay)", "delivery delayed",
            "mail delivery delayed", "warning: message", "message delayed", "delayed:", "still being retried",
            "delivery status notification (delay)", "verzögert", "retardé", "retrasado");

    private static final List<String> DELAY_TEXT = List.of("will continue trying", "still being retried",
            "will retry", "will keep trying", "has not yet been delivered", "not yet been delivered",
            "will try again", "message delayed", "delivery has been delayed", "delivery is delayed",
            "this is only a warning", "this is a warning", "not a final", "no action is required",
            "delayed delivery", "temporarily deferred", "delivery attempts will continue");

    private static final List<String> AUTO_REPLY_SUBJECTS = List.of("out of office", "out of the office",
            "automatic reply", "auto reply", "auto-reply", "autoreply", "auto response", "auto-response",
            "autoresponse", "vacation", "away from", "on leave", "abwesenheit", "automatische antwort",
            "réponse automatique", "reponse automatique", "absence", "respuesta automática", "respuesta automatica",
            "fuera de la oficina", "risposta automatica", "fuori ufficio", "resposta automática",
            "ausente", "automatisch antwoord", "afwezig", "autosvar", "frånvaro", "fravær", "automaattinen vastaus",
            "poissa", "автоответ", "автоматический ответ", "нет на месте", "odpowiedź automatyczna",
            "automatická odpověď", "自動応答", "不在", "自动回复", "자동 응답", "otomatik yanıt", "ooo:");

    private static final List<String> REPLY_PREFIXES = List.of("re:", "aw:", "antw:", "sv:", "vs:", "odp:", "ynt:",
            "r:", "rif:", "ref:", "réf:", "res:", "resp:", "回复:", "答复:", "返信:", "ответ:");

    private MailSignals() {
    }

    static String bounceSender(FieldBlock headers) {
        String from = lower(headers.first("from"));
        for (String sender : DAEMON_SENDERS) {
            if (from.contains(sender)) {
                return "From looks like a mail system (" + sender + ")";
            }
        }
        String returnPath = lower(headers.first("return-path"));
        if (returnPath.equals("<>") || returnPath.isEmpty() && headers.has("return-path")) {
            return "null Return-Path <>";
        }
        return null;
    }

    static String bounceSubject(String subject) {
        return firstContained(lower(subject), BOUNCE_SUBJECTS, "bounce subject");
    }

    static String delaySubject(String subject) {
        return firstContained(lower(subject), DELAY_SUBJECTS, "delay subject");
    }

    static String delayText(String text) {
        return firstContained(lower(text), DELAY_TEXT, "delay wording");
    }

    /** RFC 3834 and the de-facto auto-reply headers, or an out-of-office subject. */
    static String autoReply(FieldBlock headers, String subject) {
        String autoSubmitted = lower(headers.first("auto-submitted"));
        if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            return "Auto-Submitted: " + autoSubmitted;
        }
        for (String name : List.of("x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated",
                "x-auto-response-suppress-ignored", "x-ms-exchange-inbox-rules-loop", "x-vacation", "x-mailautoreply")) {
            if (headers.has(name)) {
                return "header " + name;
            }
        }
        String precedence = lower(headers.first("precedence"));
        if (precedence.equals("auto_reply") || precedence.equals("auto-reply")) {
            return "Precedence: " + precedence;
        }
        String fromSubject = firstContained(lower(subject), AUTO_REPLY_SUBJECTS, "auto-reply subject");
        if (fromSubject != null) {
            return fromSubject;
        }
        if ((precedence.equals("bulk") || precedence.equals("junk")) && headers.has("in-reply-to")) {
            return "Precedence: " + precedence + " on a reply";
        }
        return null;
    }

    /** A human reply: In-Reply-To/References, or a reply subject prefix. */
    static String reply(FieldBlock headers, String subject) {
        if (headers.has("in-reply-to")) {
            return "In-Reply-To present";
        }
        if (headers.has("references")) {
            return "References present";
        }
        String s = lower(subject).strip();
        for (String prefix : REPLY_PREFIXES) {
            if (s.startsWith(prefix)) {
                return "reply subject prefix " + prefix;
            }
        }
        return null;
    }

    /** Microsoft JMRP and similar non-ARF complaint forwards. */
    static String nonArfComplaint(FieldBlock headers, String subject, FieldBlock returned) {
        String from = lower(headers.first("from"));
        String s = lower(subject);
        if (returned != null && returned.has("x-hmxmroriginalrecipient")) {
            return "Microsoft JMRP (X-HmXmrOriginalRecipient in the returned message)";
        }
        if (from.contains("staff@hotmail.com") || s.startsWith("complaint about message from")) {
            return "Microsoft JMRP sender/subject";
        }
        if (returned != null && (s.contains("abuse report") || s.contains("spam complaint")
                || s.contains("feedback loop") || s.contains("fbl report"))) {
            return "complaint subject with the original attached";
        }
        return null;
    }

    private static String firstContained(String haystack, List<String> needles, String label) {
        for (String needle : needles) {
            if (haystack.contains(needle)) {
                return label + " \"" + needle + "\"";
            }
        }
        return null;
    }

    static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
