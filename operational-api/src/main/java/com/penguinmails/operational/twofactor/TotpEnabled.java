package com.penguinmails.operational.twofactor;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The answer of a confirmed two-factor set-up: the one-time backup codes, shown only here. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TotpEnabled(boolean enabled, List<String> backupCodes) {

    @Override
    public String toString() {
        return "TotpEnabled[" + enabled + "]";
    }
}
