package com.penguinmails.query.botfiltering;

import com.penguinmails.query.store.AnalyticsStore;

/** Answers the bot-filtering report from the V0009 aggregates with {@link BotFilteringQuery}. */
public final class ClickHouseBotFilteringSource implements BotFilteringSource {

    private final AnalyticsStore store;

    public ClickHouseBotFilteringSource(AnalyticsStore store) {
        this.store = store;
    }

    @Override
    public BotFilteringReport report(BotFilteringRequest request) {
        return BotFilteringAssembler.report(request,
                BotFilteringQuery.readClasses(store.fetch(BotFilteringQuery.classes(request))),
                BotFilteringQuery.readReasons(store.fetch(BotFilteringQuery.reasons(request))));
    }
}
