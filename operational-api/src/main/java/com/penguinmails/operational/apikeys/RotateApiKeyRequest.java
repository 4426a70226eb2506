package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The optional body of {@code POST /v1/api-keys/{id}/rotate}.
 *
 * @param gracePeriodSeconds how long the old secret keeps working (0: stops at once; at most 7 days), or null for the
 *     configured default
 */
public record RotateApiKeyRequest(
        @JsonProperty("grace_period_seconds") @PositiveOrZero @Max(604_800) Long gracePeriodSeconds) {
}
