package com.penguinmails.streamjobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.Topics;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;

class HealthAndAlertsFactoryTest {

    @Test
    void readsTheShippedSectionWithTheDocumentedDefaults() throws Exception {
        StringSubstitutor variables = new StringSubstitutor(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));
        StreamJobsConfiguration config = StreamJobsConfiguration.load(Path.of("config/stream-jobs.yml"), variables);

        HealthAndAlertsFactory stage = config.getHealthAndAlerts();
        assertThat(stage.getRulesTopic()).isEqualTo(Topics.CONTROL_ALERT_RULES);
        assertThat(stage.getAlertsTopic()).isEqualTo(Topics.ALERTS);
        assertThat(stage.getTransactionalIdPrefix()).isEqualTo("penguinmails-alerts");
        MonitorSettings settings = stage.monitorSettings();
        assertThat(settings.evaluationInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.healthInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.quietAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.thresholds().getBouncePause()).isEqualTo(0.02);
        assertThat(settings.thresholds().getComplaintWarning()).isEqualTo(0.001);
        assertThat(settings.thresholds().getComplaintCritical()).isEqualTo(0.003);
    }

    @Test
    void aConfigurationWithoutTheSectionGetsTheSameDefaults() {
        MonitorSettings settings = new StreamJobsConfiguration().getHealthAndAlerts().monitorSettings();

        assertThat(settings.flushInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.autoPauseCooldown()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.thresholds().getMinVolume()).isEqualTo(100);
    }
}
