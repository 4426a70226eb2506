package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One DNS record a customer publishes for a sending domain.
 *
 * @param type {@code TXT}, {@code MX} or {@code CNAME}
 * @param name the owner name, fully qualified, without the trailing dot
 * @param value the record data: a TXT record's whole text, {@code <priority> <host>} for MX, the target for CNAME
 * @param characterStrings for TXT only: {@code value} cut into the strings of at most 255 bytes that DNS carries
 *     (publish them as one record, quoted one after the other); null for other types
 * @param purpose why the record is needed
 * @param ttl the suggested time to live in seconds
 * @param required whether the domain is verified only when this record is found (a retiring DKIM key is not)
 */
public record DnsRecord(
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("value") String value,
        @JsonProperty("character_strings") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> characterStrings,
        @JsonProperty("purpose") RecordPurpose purpose,
        @JsonProperty("ttl") int ttl,
        @JsonProperty("required") boolean required) {
}
