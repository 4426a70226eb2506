package com.penguinmails.query;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.penguinmails.apikeys.ApiKeyScopes;
import com.penguinmails.query.abtest.AbTestResource;
import com.penguinmails.query.abtest.ClickHouseAbTestSource;
import com.penguinmails.query.alerts.AlertsResource;
import com.penguinmails.query.alerts.ClickHouseAlertsSource;
import com.penguinmails.query.attribution.AttributionResource;
import com.penguinmails.query.attribution.ClickHouseAttributionSource;
import com.penguinmails.query.botfiltering.BotFilteringResource;
import com.penguinmails.query.botfiltering.ClickHouseBotFilteringSource;
import com.penguinmails.query.campaigns.CampaignsResource;
import com.penguinmails.query.campaigns.ClickHouseCampaignsSource;
import com.penguinmails.query.cohorts.ClickHouseCohortsSource;
import com.penguinmails.query.cohorts.CohortsResource;
import com.penguinmails.query.csv.CsvMessageBodyWriter;
import com.penguinmails.query.dashboard.DashboardResource;
import com.penguinmails.query.deliverability.BounceBreakdownResource;
import com.penguinmails.query.deliverability.ClickHouseDeliverabilityDetailSource;
import com.penguinmails.query.deliverability.ClickHouseDeliverabilitySource;
import com.penguinmails.query.deliverability.DeliverabilityResource;
import com.penguinmails.query.deliverability.DeliverabilitySeriesResource;
import com.penguinmails.query.deliverability.DeliverabilityThresholds;
import com.penguinmails.query.health.ClickHouseHealthSource;
import com.penguinmails.query.health.HealthResource;
import com.penguinmails.query.heatmap.ClickHouseHeatmapSource;
import com.penguinmails.query.heatmap.HeatmapResource;
import com.penguinmails.openapi.OpenApiResource;
import com.penguinmails.query.overview.ClickHouseOverviewSource;
import com.penguinmails.query.overview.OverviewResource;
import com.penguinmails.query.request.InvalidQueryParameterExceptionMapper;
import com.penguinmails.query.store.AnalyticsStore;
import com.penguinmails.query.store.AnalyticsStoreUnavailableExceptionMapper;
import com.penguinmails.query.store.ClickHouseHealthCheck;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;

/** The query API service: tenants read their analytics from ClickHouse over HTTP, authenticated by API key. */
public class QueryApiApplication extends Application<QueryApiConfiguration> {

    /** Where the service's OpenAPI document is on the classpath. */
    public static final String OPENAPI_DOCUMENT = "/openapi/query-api.yaml";

    public static void main(String[] args) throws Exception {
        new QueryApiApplication().run(args);
    }

    @Override
    public String getName() {
        return "query-api";
    }

    @Override
    public void initialize(Bootstrap<QueryApiConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Override
    public void run(QueryApiConfiguration configuration, Environment environment) {
        Client client = configuration.getClickHouse().build();
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                client.close();
            }
        });
        AnalyticsStore store = new AnalyticsStore(client, configuration.getQueryTimeout().toJavaDuration(),
                configuration.getQueryThreads(), configuration.getResultCache().build());

        environment.healthChecks().register("clickhouse", new ClickHouseHealthCheck(store));
        configuration.getApiKeys().registerAuth(environment, ApiKeyScopes.ANALYTICS_READ);
        environment.jersey().register(new InvalidQueryParameterExceptionMapper());
        environment.jersey().register(new CsvMessageBodyWriter());
        environment.jersey().register(new AnalyticsStoreUnavailableExceptionMapper());
        environment.jersey().register(new OpenApiResource(OPENAPI_DOCUMENT));
        environment.jersey().register(new DashboardResource(OPENAPI_DOCUMENT));
        environment.jersey().register(new OverviewResource(
                new ClickHouseOverviewSource(store), configuration.maxRange("overview")));
        environment.jersey().register(new HeatmapResource(new ClickHouseHeatmapSource(store),
                configuration.getSendTime().build(), configuration.maxRange("heatmap")));
        environment.jersey().register(new DeliverabilityResource(
                new ClickHouseDeliverabilitySource(store), configuration.maxRange("deliverability")));
        environment.jersey().register(new AttributionResource(
                new ClickHouseAttributionSource(store), configuration.maxRange("attribution")));
        environment.jersey().register(new CampaignsResource(
                new ClickHouseCampaignsSource(store), configuration.maxRange("campaigns")));
        environment.jersey().register(new AbTestResource(
                new ClickHouseAbTestSource(store), configuration.maxRange("ab")));
        environment.jersey().register(new CohortsResource(configuration.getCohortMatrices()
                .build(new ClickHouseCohortsSource(store), environment), configuration.maxRange("cohorts")));
        DeliverabilityThresholds thresholds = configuration.getDeliverabilityThresholds().build();
        ClickHouseDeliverabilityDetailSource deliverabilityDetail = new ClickHouseDeliverabilityDetailSource(store);
        environment.jersey().register(new BounceBreakdownResource(
                deliverabilityDetail, thresholds, configuration.maxRange("bounces")));
        environment.jersey().register(new DeliverabilitySeriesResource(
                deliverabilityDetail, thresholds, configuration.maxRange("series")));
        environment.jersey().register(new HealthResource(
                new ClickHouseHealthSource(store), configuration.maxRange("health")));
        environment.jersey().register(new BotFilteringResource(
                new ClickHouseBotFilteringSource(store), configuration.maxRange("bot-filtering")));
        environment.jersey().register(new AlertsResource(
                new ClickHouseAlertsSource(store), configuration.maxRange("alerts")));
    }
}
