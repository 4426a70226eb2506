package com.penguinmails.operational.suppressions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A manual suppression: a contact id, an email address or both.
 *
 * @param contactId the contact to suppress
 * @param email the address to suppress (stored only as the SHA-256 of its normalised form)
 * @param note why, for people reading the list later
 */
public record NewSuppression(
        @JsonProperty("contact_id") @Size(min = 1, max = 256) String contactId,
        @JsonProperty("email") @Email @Size(max = 320) String email,
        @JsonProperty("note") @Size(max = 1000) String note) {

    /** A suppression must name someone. */
    @AssertTrue(message = "contact_id or email is required")
    @JsonIgnore
    public boolean isContactIdOrEmail() {
        return contactId != null || email != null;
    }
}
