package com.penguinmails.operational.warmup;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** The {@code warmup} configuration section: whether this instance cuts limits on the job's pause recommendations. */
public class WarmupFactory {

    private boolean consumeAutoPause = true;

    @NotBlank
    private String alertsTopic = "alerts";

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
}
