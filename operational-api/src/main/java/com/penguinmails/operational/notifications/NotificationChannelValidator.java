package com.penguinmails.operational.notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a notification channel request; pure. */
public final class NotificationChannelValidator {

    /** The channel types. */
    public static final Set<String> TYPES = Set.of("webhook", "email", "sms");

    /** An E.164 phone number: + and up to 15 digits, no leading zero. */
    static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /** A plain mailbox address (local part @ domain with a dot); deliberately simple. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    static final int MAX_RECIPIENTS = 20;
    static final int MAX_NAME_LENGTH = 200;

    /** Every problem of {@code request} as {@code "<field> <message>"}; empty when valid. */
    public List<String> problems(NotificationChannelRequest request) {
        List<String> problems = new ArrayList<>();
        if (request == null) {
            return List.of("body must be a JSON object");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME_LENGTH) {
            problems.add("name is required, at most " + MAX_NAME_LENGTH + " characters");
        }
        if (request.workspaceId() != null && request.workspaceId().isBlank()) {
            problems.add("workspace_id must be non-empty when given");
        }
        if (request.type() == null || !TYPES.contains(request.type())) {
            problems.add("type must be webhook, email or sms");
            return problems;
        }
        boolean hasEmails = request.emailAddresses() != null && !request.emailAddresses().isEmpty();
        boolean hasPhones = request.phoneNumbers() != null && !request.phoneNumbers().isEmpty();
        switch (request.type()) {
            case "webhook" -> {
                if (request.webhookId() == null || request.webhookId().isBlank()) {
                    problems.add("webhook_id is required for a webhook channel");
                }
                if (hasEmails || hasPhones) {
                    problems.add("email_addresses and phone_numbers must be empty for a webhook channel");
                }
            }
            case "email" -> {
                checkList("email_addresses", request.emailAddresses(), EMAIL, "email addresses", problems);
                if (request.webhookId() != null || hasPhones) {
                    problems.add("webhook_id and phone_numbers must be empty for an email channel");
                }
            }
            default -> {
                checkList("phone_numbers", request.phoneNumbers(), E164,
                        "E.164 phone numbers such as +14155550123", problems);
                if (request.webhookId() != null || hasEmails) {
                    problems.add("webhook_id and email_addresses must be empty for an sms channel");
                }
            }
        }
        return problems;
    }

    private static void checkList(String field, List<String> values, Pattern pattern, String what,
            List<String> problems) {
        if (values == null || values.isEmpty() || values.size() > MAX_RECIPIENTS) {
            problems.add(field + " must list 1 to " + MAX_RECIPIENTS + " " + what);
        } else if (values.stream().anyMatch(value -> value == null || !pattern.matcher(value).matches())) {
            problems.add(field + " must contain only " + what);
        } else if (new LinkedHashSet<>(values).size() != values.size()) {
            problems.add(field + " must not repeat a value");
        }
    }
}
