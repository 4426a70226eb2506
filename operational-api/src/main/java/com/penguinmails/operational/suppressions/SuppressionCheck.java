package com.penguinmails.operational.suppressions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;

/**
 * A sender's question: which of these recipients are suppressed? Up to {@value #MAX_RECIPIENTS} contact ids and email
 * addresses together.
 *
 * @param contactIds contact ids to check (may be empty)
 * @param emails email addresses to check (may be empty)
 */
public record SuppressionCheck(
        @JsonProperty("contact_ids") List<String> contactIds,
        @JsonProperty("emails") List<String> emails) {

    /** The most recipients one check may name. */
    public static final int MAX_RECIPIENTS = 1000;

    public SuppressionCheck {
        contactIds = contactIds == null ? List.of() : contactIds;
        emails = emails == null ? List.of() : emails;
    }

    @AssertTrue(message = "must name between 1 and 1000 contact ids and emails together, none blank")
    @JsonIgnore
    public boolean isWithinLimits() {
        int size = contactIds.size() + emails.size();
        return size >= 1 && size <= MAX_RECIPIENTS
                && contactIds.stream().allMatch(id -> id != null && !id.isBlank())
                && emails.stream().allMatch(email -> email != null && !email.isBlank());
    }
}
