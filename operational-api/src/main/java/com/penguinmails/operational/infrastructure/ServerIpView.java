package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * An IP address of a server, as the API shows it.
 *
 * @param ptrHostname the reverse DNS name wanted for the address, or null when none was set
 * @param ptrSetAt when the provider accepted it, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerIpView(String ip, int version, boolean isPrimary, String ptrHostname, Instant ptrSetAt) {
}
