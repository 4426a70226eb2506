package com.penguinmails.operational.warmup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code warmup} configuration section: whether this instance cuts limits on the job's pause recommendations, and
 * how often mailboxes' daily limits are refreshed.
 */
public class WarmupFactory {

    private boolean consumeAutoPause = true;

    @NotBlank
    private String alertsTopic = "alerts";

    @NotNull
    private Duration mailboxLimitRefresh = Duration.minutes(10);

    /** Whether this instance consumes {@code auto_pause} alerts (consumer group {@code operational-warmup}). */
    @JsonProperty
    public boolean isConsumeAutoPause() {
        return consumeAutoPause;
    }

    @JsonProperty
    public void setConsumeAutoPause(boolean consumeAutoPause) {
        this.consumeAutoPause = consumeAutoPause;
    }

    @JsonProperty
    public String getAlertsTopic() {
        return alertsTopic;
    }

    @JsonProperty
    public void setAlertsTopic(String alertsTopic) {
        this.alertsTopic = alertsTopic;
    }

    /** How often mailboxes' {@code daily_limit} is brought to the day's limit (the ramp climbs at UTC midnight). */
    @JsonProperty
    public Duration getMailboxLimitRefresh() {
        return mailboxLimitRefresh;
    }

    @JsonProperty
    public void setMailboxLimitRefresh(Duration mailboxLimitRefresh) {
        this.mailboxLimitRefresh = mailboxLimitRefresh;
    }
}
