package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * The infrastructure cost of a workspace for one month (UTC): each server's monthly price and its cost so far this
 * month (ServerCosts), and the totals per currency. {@code monthly_cost} of the totals is the run rate: the monthly
 * prices of the servers billable at {@code as_of}. Money is a decimal string.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WorkspaceCosts(String workspaceId, String month, Instant asOf, List<Line> servers, List<Total> totals) {

    /** One server's cost. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Line(String serverId, String name, String status, String monthlyCost, String currency,
            String monthToDate, Instant activeAt, Instant deletedAt) {
    }

    /** The workspace's cost in one currency. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Total(String currency, String monthlyCost, String monthToDate) {
    }
}
