package com.penguinmails.ingestion.bounce;

import com.penguinmails.events.v1.BounceType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies one recipient's failure from its enhanced status code, SMTP reply code and diagnostic text into a bounce
 * type and a reason. Pure and thread-safe.
 *
 * <p>Policy (see BOUNCES.md): a diagnostic phrase wins over the code's meaning, because servers often send a generic
 * code ({@code 550 5.7.1}, {@code 5.0.0}) with a precise text; the reported code is kept unless it is generic
 * ({@code X.0.0}) and the text carries a finer one, or absent, in which case the text's implied code is used. Reasons
 * of reputation and policy are {@code block} whatever the class; 4xx is {@code soft}; user and host unknown are
 * {@code hard}; a full mailbox is {@code soft}.
 */
final class BounceClassifier {

    /** Longest diagnostic text examined; the reason is always near the start. */
    static final int MAX_DIAGNOSTIC = 2_000;

    private static final Pattern ENHANCED_CODE = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?!\\.?\\d)");
    private static final Pattern SMTP_CODE = Pattern.compile("(?<![\\w.\\-#/])([245]\\d\\d)(?=[ \\-]|$)");

    private static final Set<BounceReason> BLOCK = EnumSet.of(BounceReason.BLOCKLISTED, BounceReason.SPAM_DETECTED,
            BounceReason.POLICY, BounceReason.AUTHENTICATION_FAILURE, BounceReason.REVERSE_DNS,
            BounceReason.RATE_LIMITED, BounceReason.VIRUS, BounceReason.CONTENT);
    private static final Set<BounceReason> HARD = EnumSet.of(BounceReason.USER_UNKNOWN, BounceReason.MAILBOX_DISABLED,
            BounceReason.HOST_UNKNOWN, BounceReason.RELAY_DENIED);

    private final BounceRules rules;

    BounceClassifier(BounceRules rules) {
        this.rules = rules;
    }

    /**
     * Classifies one recipient.
     *
     * @param statusField the Status field of the delivery-status report, or null (may carry a comment after the code)
     * @param diagnostic the diagnostic text, or null
     * @param action the RFC 3464 action (failed, delayed...), or null when unknown
     */
    BounceVerdict classify(String statusField, String diagnostic, String action) {
        return classify(statusField, diagnostic, action, null);
    }

    /**
     * Classifies one recipient, looking for a diagnostic phrase in {@code context} (the human-readable text about this
     * recipient) when the diagnostic itself has none.
     */
    BounceVerdict classify(String statusField, String diagnostic, String action, String context) {
        List<String> evidence = new ArrayList<>();
        String text = diagnostic == null ? "" : diagnostic;
        if (text.length() > MAX_DIAGNOSTIC) {
            text = text.substring(0, MAX_DIAGNOSTIC);
        }
        String reported = statusField == null ? null : firstCode(statusField);
        String fromText = firstCode(text);
        Integer smtp = firstSmtpCode(text);

        String code = reported;
        if (code == null && fromText != null) {
            code = fromText;
            evidence.add("code from diagnostic text " + fromText);
        } else if (code != null && fromText != null && code.endsWith(".0.0") && !fromText.endsWith(".0.0")
                && code.charAt(0) == fromText.charAt(0)) {
            evidence.add("generic status " + code + " refined by diagnostic " + fromText);
            code = fromText;
        }

        BounceRules.TextRule textRule = rules.matchText(text.toLowerCase(Locale.ROOT));
        if (textRule == null && context != null && !context.isBlank()) {
            String capped = context.length() > MAX_DIAGNOSTIC ? context.substring(0, MAX_DIAGNOSTIC) : context;
            textRule = rules.matchText(capped.toLowerCase(Locale.ROOT));
            if (textRule != null) {
                evidence.add("phrase found in the human-readable text, not the diagnostic");
            }
        }
        BounceReason reason;
        if (textRule != null) {
            reason = textRule.reason();
            evidence.add("text \"" + textRule.phrase() + "\" -> " + reason.code());
        } else if (code != null && rules.reasonForCode(code) != null) {
            reason = rules.reasonForCode(code);
            evidence.add("code " + code + " -> " + reason.code());
        } else {
            reason = BounceReason.UNKNOWN;
        }

        char statusClass = statusClass(code, smtp, action);
        if (code != null && code.endsWith(".0.0") && textRule != null) {
            String implied = code.charAt(0) + textRule.impliedCode().substring(1);
            evidence.add("generic status " + code + " replaced by " + implied + " implied by the text");
            code = implied;
        }
        if (code == null && statusClass != 0) {
            if (textRule != null) {
                code = statusClass + textRule.impliedCode().substring(1);
                evidence.add("code inferred from text: " + code);
            } else if (smtp != null) {
                code = statusClass + ".0.0";
                evidence.add("code inferred from SMTP reply " + smtp + ": " + code);
            }
        }
        BounceType type = typeOf(reason, statusClass);
        evidence.add("verdict " + type + "/" + reason.code());
        return new BounceVerdict(code, smtp, type, reason, evidence);
    }

    private static char statusClass(String code, Integer smtp, String action) {
        if (code != null) {
            return code.charAt(0);
        }
        if (smtp != null) {
            return Integer.toString(smtp).charAt(0);
        }
        if (action == null) {
            return 0;
        }
        return switch (action) {
            case "failed" -> '5';
            case "delayed" -> '4';
            case "delivered", "relayed", "expanded" -> '2';
            default -> 0;
        };
    }

    private static BounceType typeOf(BounceReason reason, char statusClass) {
        if (BLOCK.contains(reason)) {
            return BounceType.block;
        }
        if (statusClass == '4' || statusClass == '2') {
            return BounceType.soft;
        }
        if (HARD.contains(reason)) {
            return BounceType.hard;
        }
        if (reason == BounceReason.UNKNOWN) {
            return statusClass == '5' ? BounceType.hard : BounceType.undetermined;
        }
        return BounceType.soft;
    }

    /** The first RFC 3463 enhanced status code in the text, or null. */
    static String firstCode(String text) {
        Matcher m = ENHANCED_CODE.matcher(text);
        return m.find() ? m.group(1) + "." + Integer.parseInt(m.group(2)) + "." + Integer.parseInt(m.group(3)) : null;
    }

    /** The first 4xx/5xx SMTP reply code in the text, or null. */
    static Integer firstSmtpCode(String text) {
        Matcher m = SMTP_CODE.matcher(text);
        while (m.find()) {
            int value = Integer.parseInt(m.group(1));
            if (value >= 400) {
                return value;
            }
        }
        return null;
    }
}
