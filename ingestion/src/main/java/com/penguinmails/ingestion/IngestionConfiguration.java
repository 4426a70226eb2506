package com.penguinmails.ingestion;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.ingestion.events.IntakeLimits;
import com.penguinmails.ingestion.inbound.InboundFactory;
import com.penguinmails.ingestion.kafka.KafkaFactory;
import com.penguinmails.ingestion.ratelimit.RateLimitsFactory;
import com.penguinmails.ingestion.sendingholds.SendingHoldsFactory;
import com.penguinmails.ingestion.spool.SpoolFactory;
import com.penguinmails.ingestion.tracking.TrackingFactory;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Configuration of the ingestion service: API keys, Kafka, and the limits of one request. See the module README. */
public class IngestionConfiguration extends Configuration {

    @Valid
    @NotNull
    private ApiKeysFactory apiKeys = new ApiKeysFactory();

    @Valid
    @NotNull
    private KafkaFactory kafka = new KafkaFactory();

    @Valid
    @NotNull
    private IntakeLimits intake = new IntakeLimits();

    @Valid
    @NotNull
    private SpoolFactory spool = new SpoolFactory();

    @Valid
    @NotNull
    private RateLimitsFactory rateLimits = new RateLimitsFactory();

    @Valid
    @NotNull
    private TrackingFactory tracking = new TrackingFactory();

    @Valid
    @NotNull
    private InboundFactory inbound = new InboundFactory();

    @Valid
    @NotNull
    private SendingHoldsFactory sendingHolds = new SendingHoldsFactory();

    @JsonProperty
    public ApiKeysFactory getApiKeys() {
        return apiKeys;
    }

    @JsonProperty
    public void setApiKeys(ApiKeysFactory apiKeys) {
        this.apiKeys = apiKeys;
    }

    @JsonProperty
    public KafkaFactory getKafka() {
        return kafka;
    }

    @JsonProperty
    public void setKafka(KafkaFactory kafka) {
        this.kafka = kafka;
    }

    @JsonProperty
    public IntakeLimits getIntake() {
        return intake;
    }

    @JsonProperty
    public void setIntake(IntakeLimits intake) {
        this.intake = intake;
    }

    @JsonProperty
    public SpoolFactory getSpool() {
        return spool;
    }

    @JsonProperty
    public void setSpool(SpoolFactory spool) {
        this.spool = spool;
    }

    @JsonProperty
    public RateLimitsFactory getRateLimits() {
        return rateLimits;
    }

    @JsonProperty
    public void setRateLimits(RateLimitsFactory rateLimits) {
        this.rateLimits = rateLimits;
    }

    @JsonProperty
    public TrackingFactory getTracking() {
        return tracking;
    }

    @JsonProperty
    public void setTracking(TrackingFactory tracking) {
        this.tracking = tracking;
    }

    @JsonProperty
    public InboundFactory getInbound() {
        return inbound;
    }

    @JsonProperty
    public void setInbound(InboundFactory inbound) {
        this.inbound = inbound;
    }

    /** Where the sending holds enforced on {@code send} events come from (the operational API). */
    @JsonProperty
    public SendingHoldsFactory getSendingHolds() {
        return sendingHolds;
    }

    @JsonProperty
    public void setSendingHolds(SendingHoldsFactory sendingHolds) {
        this.sendingHolds = sendingHolds;
    }
}
