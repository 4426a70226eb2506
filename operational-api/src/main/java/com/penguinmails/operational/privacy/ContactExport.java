package com.penguinmails.operational.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform holds about one contact of one tenant (a GDPR Art. 15 / CCPA access request).
 *
 * @param tenantId the tenant
 * @param contactId the contact
 * @param exportedAt when the export was made
 * @param postgresql the operational database's rows naming the contact, per table (suppressions, audit records, and
 *     every other table with {@code tenant_id} and {@code contact_id} columns)
 * @param clickhouse the analytics rows of the contact, per table of the analytics database with {@code tenant_id} and
 *     {@code contact_id} columns (found at export time, so new tables are included)
 */
public record ContactExport(
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("contact_id") String contactId,
        @JsonProperty("exported_at") Instant exportedAt,
        @JsonProperty("postgresql") Map<String, List<JsonNode>> postgresql,
        @JsonProperty("clickhouse") Map<String, List<JsonNode>> clickhouse) {
}
