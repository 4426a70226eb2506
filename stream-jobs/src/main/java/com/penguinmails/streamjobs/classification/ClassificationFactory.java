package com.penguinmails.streamjobs.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/**
 * Configuration of the engagement classifier's time windows ({@code enrichment.classification} in
 * {@code stream-jobs.yml}); the networks and agents come from the bundled data files.
 */
public class ClassificationFactory {

    @NotNull
    private Duration scanWindow = Duration.seconds(EngagementClassifier.DEFAULT_SCAN_WINDOW.toSeconds());

    @NotNull
    private Duration burstWindow = Duration.milliseconds(EngagementClassifier.DEFAULT_BURST_WINDOW.toMillis());

    /** A click or open this soon after delivery is taken for a gateway's scan (default 60 s). */
    @JsonProperty
    public Duration getScanWindow() {
        return scanWindow;
    }

    @JsonProperty
    public void setScanWindow(Duration scanWindow) {
        this.scanWindow = scanWindow;
    }

    /** Clicks on one message this close together are taken for a gateway fetching every link (default 2 s). */
    @JsonProperty
    public Duration getBurstWindow() {
        return burstWindow;
    }

    @JsonProperty
    public void setBurstWindow(Duration burstWindow) {
        this.burstWindow = burstWindow;
    }
}
