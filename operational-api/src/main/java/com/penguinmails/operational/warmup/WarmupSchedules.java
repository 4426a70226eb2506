package com.penguinmails.operational.warmup;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.health.ReverseNames;
import com.penguinmails.operational.people.RandomIds;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Warm-up schedules of a workspace's IPs and mailboxes: create, read, pause, resume, delete, and the per-day limits.
 * Every change is audited and recorded as an adjustment in its transaction; a mailbox's {@code daily_limit} (V60) is
 * set to today's limit with each change. Days are UTC dates.
 */
public final class WarmupSchedules {

    /** Defaults of the default curve. */
    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_START_VOLUME = 20;

    private final Jdbi jdbi;
    private final WarmupScheduleDao dao = new WarmupScheduleDao();
    private final AuditTrail audit;
    private final Clock clock;

    public WarmupSchedules(Jdbi jdbi, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether {@code workspaceId} is a workspace of the caller's tenant. */
    public boolean workspaceExists(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> dao.workspaceExists(handle, caller.tenantId(), workspaceId));
    }

    /** Creates a schedule; 422 for a bad ramp or an unknown target, 409 when the target has one already. */
    public WarmupScheduleView create(Caller caller, String workspaceId, CreateWarmupScheduleRequest request) {
        String type = request.targetType().strip().toLowerCase(Locale.ROOT);
        String target = target(type, request.target());
        WarmupRamp ramp = ramp(request);
        Instant now = clock.instant();
        LocalDate startsOn = request.startsOn() == null ? today() : request.startsOn();
        WarmupSchedule schedule = new WarmupSchedule(RandomIds.next("wu"), caller.tenantId(), workspaceId, type,
                target, request.ramp() == null ? "default" : "custom", ramp, startsOn,
                WarmupProgress.startingOn(startsOn), now, now);
        return jdbi.inTransaction(handle -> {
            boolean exists = type.equals("ip") ? dao.ipExists(handle, caller.tenantId(), workspaceId, target)
                    : dao.mailboxExists(handle, caller.tenantId(), workspaceId, target);
            if (!exists) {
                throw new UnprocessableEntityException("target is not " + (type.equals("ip")
                        ? "an IP of a server" : "a mailbox") + " of this workspace");
            }
            dao.insert(handle, schedule);
            dao.addAdjustment(handle, schedule.id(), new WarmupAdjustment(now, "created", null,
                    "created by " + caller.actor(), null, schedule.limitOn(today())));
            syncMailbox(handle, schedule);
            WarmupScheduleView view = view(handle, schedule);
            audit.record(handle, caller, "warmup_schedule.create", "warmup_schedule", schedule.id(), null, view);
            return view;
        });
    }

    public List<WarmupScheduleView> list(Caller caller, String workspaceId) {
        LocalDate today = today();
        return jdbi.withHandle(handle -> dao.list(handle, caller.tenantId(), workspaceId).stream()
                .map(schedule -> WarmupScheduleView.of(schedule, today, null)).toList());
    }

    public WarmupScheduleView get(Caller caller, String workspaceId, String id) {
        return jdbi.withHandle(handle -> view(handle, found(dao.find(handle, caller.tenantId(), workspaceId, id)
                .orElse(null))));
    }

    /** Pauses a schedule from today (limit 0 until resumed); 409 when paused already. */
    public WarmupScheduleView pause(Caller caller, String workspaceId, String id) {
        return change(caller, workspaceId, id, true);
    }

    /** Resumes a paused schedule today at the step it was paused at; 409 when not paused. */
    public WarmupScheduleView resume(Caller caller, String workspaceId, String id) {
        return change(caller, workspaceId, id, false);
    }

    public void delete(Caller caller, String workspaceId, String id) {
        jdbi.useTransaction(handle -> {
            WarmupSchedule schedule = found(dao.lock(handle, caller.tenantId(), workspaceId, id).orElse(null));
            WarmupScheduleView before = view(handle, schedule);
            dao.delete(handle, id);
            if (schedule.targetType().equals("mailbox")) {
                dao.setMailboxDailyLimit(handle, schedule.tenantId(), schedule.target(), null);
            }
            audit.record(handle, caller, "warmup_schedule.delete", "warmup_schedule", id, before, null);
        });
    }

    /** The limits of every schedule of the tenant's workspace (or, null, of all its workspaces) on {@code date}. */
    public List<WarmupLimit> limits(String tenantId, String workspaceId, LocalDate date) {
        LocalDate day = date == null ? today() : date;
        return jdbi.withHandle(handle -> dao.listOfTenant(handle, tenantId, workspaceId).stream()
                .map(schedule -> WarmupLimit.of(schedule, day)).toList());
    }

    /**
     * Writes today's limit of every mailbox schedule into its mailbox's {@code daily_limit} (the ramp climbs every
     * day; rows already right are not touched). Returns how many mailbox schedules were looked at.
     */
    public int refreshMailboxLimits() {
        LocalDate today = today();
        return jdbi.inTransaction(handle -> {
            List<WarmupSchedule> mailboxes = dao.mailboxSchedules(handle);
            for (WarmupSchedule schedule : mailboxes) {
                dao.setMailboxDailyLimit(handle, schedule.tenantId(), schedule.target(), schedule.limitOn(today));
            }
            return mailboxes.size();
        });
    }

    /** Today, UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private WarmupScheduleView change(Caller caller, String workspaceId, String id, boolean pause) {
        return jdbi.inTransaction(handle -> {
            WarmupSchedule schedule = found(dao.lock(handle, caller.tenantId(), workspaceId, id).orElse(null));
            if (schedule.progress().paused() == pause) {
                throw new ClientErrorException("the schedule is " + (pause ? "paused already" : "not paused"), 409);
            }
            WarmupScheduleView before = view(handle, schedule);
            Instant now = clock.instant();
            LocalDate today = today();
            WarmupProgress next = pause ? schedule.progress().pausedOn(today) : schedule.progress().resumedOn(today);
            WarmupSchedule changed = schedule.withProgress(next, now);
            dao.updateProgress(handle, changed);
            dao.addAdjustment(handle, id, new WarmupAdjustment(now, pause ? "paused" : "resumed", null,
                    (pause ? "paused by " : "resumed by ") + caller.actor(), schedule.limitOn(today),
                    changed.limitOn(today)));
            syncMailbox(handle, changed);
            WarmupScheduleView after = view(handle, changed);
            audit.record(handle, caller, pause ? "warmup_schedule.pause" : "warmup_schedule.resume",
                    "warmup_schedule", id, before, after);
            return after;
        });
    }

    /** Sets a mailbox schedule's mailbox {@code daily_limit} to today's limit. */
    void syncMailbox(Handle handle, WarmupSchedule schedule) {
        if (schedule.targetType().equals("mailbox")) {
            dao.setMailboxDailyLimit(handle, schedule.tenantId(), schedule.target(), schedule.limitOn(today()));
        }
    }

    private WarmupScheduleView view(Handle handle, WarmupSchedule schedule) {
        return WarmupScheduleView.of(schedule, today(), dao.adjustments(handle, schedule.id()));
    }

    private static WarmupSchedule found(WarmupSchedule schedule) {
        if (schedule == null) {
            throw new NotFoundException("no such warm-up schedule");
        }
        return schedule;
    }

    private static String target(String type, String target) {
        String text = target.strip();
        return switch (type) {
            case "ip" -> {
                if (!ReverseNames.isIpLiteral(text)) {
                    throw new UnprocessableEntityException("target must be an IPv4 or IPv6 address");
                }
                yield ReverseNames.canonical(text);
            }
            case "mailbox" -> {
                if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw new UnprocessableEntityException("target must be a mailbox address");
                }
                yield text.toLowerCase(Locale.ROOT);
            }
            default -> throw new UnprocessableEntityException("target_type must be ip or mailbox");
        };
    }

    private static WarmupRamp ramp(CreateWarmupScheduleRequest request) {
        if (request.ramp() != null) {
            if (request.targetVolume() != null || request.days() != null || request.startVolume() != null) {
                throw new UnprocessableEntityException(
                        "ramp must not be combined with target_volume, days or start_volume");
            }
            List<String> problems = WarmupRamp.problems(request.ramp());
            if (!problems.isEmpty()) {
                throw new UnprocessableEntityException(problems);
            }
            return new WarmupRamp(request.ramp());
        }
        List<String> problems = new ArrayList<>();
        int days = request.days() == null ? DEFAULT_DAYS : request.days();
        int start = request.startVolume() == null ? DEFAULT_START_VOLUME : request.startVolume();
        if (request.targetVolume() == null) {
            problems.add("target_volume is required without a custom ramp");
        } else if (request.targetVolume() < start) {
            problems.add("target_volume must be at least start_volume (" + start + ")");
        }
        if (days < 1 || days > WarmupRamp.MAX_DAYS) {
            problems.add("days must be between 1 and " + WarmupRamp.MAX_DAYS);
        }
        if (start < 1) {
            problems.add("start_volume must be at least 1");
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableEntityException(problems);
        }
        return WarmupRamp.geometric(start, request.targetVolume(), days);
    }
}
