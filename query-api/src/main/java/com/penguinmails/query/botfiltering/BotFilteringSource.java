package com.penguinmails.query.botfiltering;

/** Where the bot-filtering report comes from: ClickHouse in the service. */
public interface BotFilteringSource {

    /** The report answering {@code request}. */
    BotFilteringReport report(BotFilteringRequest request);
}
