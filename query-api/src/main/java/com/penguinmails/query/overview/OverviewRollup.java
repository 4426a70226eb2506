package com.penguinmails.query.overview;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The overview's hourly rollups (schemas' V0012), each keeping the dimensions of one kind of filter: a question whose
 * filters one of them keeps is answered from it; any other (campaign and sender filters mixed) only from events.
 */
enum OverviewRollup {
    /** Workspace, campaign, variant and step; its by_tenant projection answers the unfiltered overview. */
    CAMPAIGN("overview_campaign_hour",
            EnumSet.of(AnalyticsFilter.WORKSPACE, AnalyticsFilter.CAMPAIGN, AnalyticsFilter.VARIANT,
                    AnalyticsFilter.STEP)),
    /** Workspace, sending domain, mailbox and provider. */
    SENDER("overview_sender_hour",
            EnumSet.of(AnalyticsFilter.WORKSPACE, AnalyticsFilter.SENDING_DOMAIN, AnalyticsFilter.MAILBOX,
                    AnalyticsFilter.PROVIDER));

    private final String table;
    private final Set<AnalyticsFilter> dimensions;

    OverviewRollup(String table, Set<AnalyticsFilter> dimensions) {
        this.table = table;
        this.dimensions = dimensions;
    }

    /** The table's fixed name. */
    String table() {
        return table;
    }

    /** The first rollup keeping every dimension {@code filters} narrow by, if any. */
    static Optional<OverviewRollup> keeping(AnalyticsFilters filters) {
        for (OverviewRollup rollup : values()) {
            if (Arrays.stream(AnalyticsFilter.values())
                    .allMatch(filter -> rollup.dimensions.contains(filter) || filters.value(filter).isEmpty())) {
                return Optional.of(rollup);
            }
        }
        return Optional.empty();
    }
}
