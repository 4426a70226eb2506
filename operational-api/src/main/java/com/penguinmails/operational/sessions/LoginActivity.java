package com.penguinmails.operational.sessions;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * One sign-in attempt on a person's account.
 *
 * @param reason {@code ok}, {@code wrong_password}, {@code locked}, {@code second_factor_required},
 *     {@code wrong_second_factor} or {@code unknown_email} (the last never shows in a person's own log)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LoginActivity(Instant occurredAt, boolean succeeded, String reason, String sourceAddress,
        String userAgent) {
}
