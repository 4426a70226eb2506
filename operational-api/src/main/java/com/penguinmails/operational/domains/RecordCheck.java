package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The result of checking one required record.
 *
 * @param record the record as it should be published
 * @param status found, missing or wrong
 * @param seen the values of that name and type found in DNS (TXT strings joined), empty when none
 * @param detail what is wrong or missing, in words; empty when found
 */
public record RecordCheck(
        @JsonProperty("record") DnsRecord record,
        @JsonProperty("status") RecordStatus status,
        @JsonProperty("seen") List<String> seen,
        @JsonProperty("detail") String detail) {

    public RecordCheck {
        seen = List.copyOf(seen);
    }
}
