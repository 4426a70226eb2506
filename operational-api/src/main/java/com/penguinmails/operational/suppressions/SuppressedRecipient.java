package com.penguinmails.operational.suppressions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A recipient of a check that is suppressed: the contact id or the email exactly as the sender gave it, and why.
 *
 * @param contactId the contact id asked about, or null when this answers an email
 * @param email the email asked about, or null when this answers a contact id
 * @param reason why it was first suppressed
 * @param since when it was added to the list
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuppressedRecipient(
        @JsonProperty("contact_id") String contactId,
        @JsonProperty("email") String email,
        @JsonProperty("reason") SuppressionReason reason,
        @JsonProperty("since") Instant since) {
}
