package com.penguinmails.operational.warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.health.ReverseNames;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts warm-up limits when the stream job recommends a pause: consumes the {@code auto_pause} alerts of topic
 * {@code alerts} (stream-jobs/ALERTS.md) and, for each firing one, moves every schedule its scope concerns (the IP for
 * {@code sending_ip}, the mailbox for {@code mailbox}, every mailbox of the domain for {@code sending_domain}) back to
 * the latest ramp step at most half of today's volume, recording the alert id, its detail and the limits before and
 * after. A schedule is cut once per alert id, so a record consumed twice cuts once. Resolved records change nothing:
 * the ramp climbs again from the cut step by itself.
 */
public final class AutoPauseCuts implements Consumer<ConsumerRecords<byte[], byte[]>> {

    private static final Logger LOG = LoggerFactory.getLogger(AutoPauseCuts.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> SCOPES = Set.of("sending_ip", "mailbox", "sending_domain");

    private final Jdbi jdbi;
    private final WarmupScheduleDao dao = new WarmupScheduleDao();
    private final WarmupSchedules schedules;
    private final AuditTrail audit;
    private final Clock clock;

    public AutoPauseCuts(Jdbi jdbi, WarmupSchedules schedules, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.schedules = schedules;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void accept(ConsumerRecords<byte[], byte[]> records) {
        jdbi.useTransaction(handle -> {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                read(record).ifPresent(alert -> apply(handle, alert));
            }
        });
    }

    /** Applies one alert record; returns how many schedules it cut (0 for records that are not a firing pause). */
    public int apply(Handle handle, JsonNode alert) {
        String scopeKind = alert.path("scope_kind").asText();
        if (!"auto_pause".equals(alert.path("rule_id").asText()) || !"firing".equals(alert.path("state").asText())
                || !SCOPES.contains(scopeKind)) {
            return 0;
        }
        String tenantId = alert.path("tenant_id").asText();
        String alertId = alert.path("alert_id").asText();
        String value = scopeValue(scopeKind, alert.path("scope_value").asText());
        String reason = "auto_pause on " + scopeKind + " " + value + ": health score " + alert.path("value").asText()
                + (alert.path("detail").asText("").isEmpty() ? "" : " (" + alert.path("detail").asText() + ")");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Caller job = new Caller(tenantId, "service:auto-pause", Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(), Set.of(), "kafka:alerts");
        int cut = 0;
        for (WarmupSchedule schedule : dao.lockConcerned(handle, tenantId, scopeKind, value)) {
            WarmupSchedule changed = schedule.withProgress(schedule.progress().cutOn(schedule.ramp(), today), now);
            WarmupAdjustment adjustment = new WarmupAdjustment(now, "auto_cut", alertId, reason,
                    schedule.limitOn(today), changed.limitOn(today));
            if (!dao.addAdjustment(handle, schedule.id(), adjustment)) {
                continue;
            }
            dao.updateProgress(handle, changed);
            schedules.syncMailbox(handle, changed);
            audit.record(handle, job, "warmup_schedule.auto_cut", "warmup_schedule", schedule.id(),
                    Map.of("daily_limit", adjustment.limitBefore()),
                    Map.of("daily_limit", adjustment.limitAfter(), "alert_id", alertId));
            cut++;
        }
        if (cut > 0) {
            LOG.info("{}: cut {} warm-up schedule(s) of tenant {}", alertId, cut, tenantId);
        }
        return cut;
    }

    private static String scopeValue(String scopeKind, String value) {
        if (scopeKind.equals("sending_ip") && ReverseNames.isIpLiteral(value)) {
            return ReverseNames.canonical(value);
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<JsonNode> read(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return Optional.empty();
        }
        try {
            JsonNode alert = MAPPER.readTree(record.value());
            if (alert != null && alert.isObject()) {
                return Optional.of(alert);
            }
        } catch (IOException e) {
            // logged below with the record's position
        }
        LOG.warn("skipping an unreadable alert record at {}-{}@{}", record.topic(), record.partition(),
                record.offset());
        return Optional.empty();
    }
}
