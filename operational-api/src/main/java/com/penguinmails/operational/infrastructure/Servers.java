package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.domains.DomainName;
import com.penguinmails.operational.infrastructure.provider.ProviderException;
import com.penguinmails.operational.infrastructure.provider.ServerProvider;
import com.penguinmails.operational.notifications.RetrySchedule;
import com.penguinmails.operational.people.RandomIds;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * What can be done with a workspace's servers: order one (the provisioning worker does the provider calls), list and
 * read them with their IPs and SMTP hosts, decommission, set reverse DNS, manage SMTP hosts, and price them. Every
 * change is audited in its transaction; rows are looked up by the caller's tenant and workspace, so another tenant's
 * server is "not found". Permissions are the resource's business.
 */
public final class Servers {

    private final Jdbi jdbi;
    private final ServerDao dao = new ServerDao();
    private final ServerProvider provider;
    private final Map<String, ServerPlan> plans;
    private final RetrySchedule reverseDnsRetries;
    private final AuditTrail audit;
    private final Clock clock;
    private final Runnable wakeWorker;

    /**
     * @param plans the price of each plan name
     * @param reverseDnsRetries how often a reverse DNS change is tried while the provider is unavailable
     * @param wakeWorker tells the provisioning worker new work is there
     */
    public Servers(Jdbi jdbi, ServerProvider provider, Map<String, ServerPlan> plans, RetrySchedule reverseDnsRetries,
            AuditTrail audit, Clock clock, Runnable wakeWorker) {
        this.jdbi = jdbi;
        this.provider = provider;
        this.plans = Map.copyOf(plans);
        this.reverseDnsRetries = reverseDnsRetries;
        this.audit = audit;
        this.clock = clock;
        this.wakeWorker = wakeWorker;
    }

    /** Whether {@code workspaceId} is a workspace of the caller's tenant. */
    public boolean workspaceExists(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> dao.workspaceExists(handle, caller.tenantId(), workspaceId));
    }

    /** A provisioning request's outcome: the server, and whether this request made it (false: an earlier one did). */
    public record Provisioned(ServerView server, boolean created) {
    }

    /**
     * Orders a server. With an idempotency key, the same key returns the server of the first request instead of
     * ordering another.
     *
     * @throws UnprocessableEntityException for an unknown provider, or a region and plan the provider does not offer
     * @throws ClientErrorException 409 when the key was used for a different region or plan
     */
    public Provisioned provision(Caller caller, String workspaceId, ProvisionServerRequest request,
            Optional<String> idempotencyKey) {
        List<String> errors = new ArrayList<>();
        if (request.provider() != null && !request.provider().equals(provider.name())) {
            errors.add("provider must be " + provider.name());
        }
        ServerPlan price = plans.get(request.plan());
        if (price == null || !provider.offers(request.region(), request.plan())) {
            errors.add("plan " + request.plan() + " is not offered in region " + request.region());
        }
        String key = idempotencyKey.map(String::strip).filter(value -> !value.isEmpty())
                .orElseGet(() -> RandomIds.next("idem"));
        if (key.length() > 200) {
            errors.add("idempotency_key must be at most 200 characters");
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableEntityException(errors);
        }
        Instant now = clock.instant();
        String id = RandomIds.next("srv");
        Server server = new Server(id, caller.tenantId(), workspaceId, provider.name(), null, "pm-" + id,
                request.region(), request.plan(), ServerStatus.REQUESTED, key, price.getMonthlyCost(),
                price.getCurrency(), 0, now, null, null, now, now, null, null);
        Provisioned provisioned = inTransaction(handle -> {
            Optional<Server> earlier = dao.findByIdempotencyKey(handle, caller.tenantId(), key);
            if (earlier.isPresent()) {
                Server first = earlier.get();
                if (!first.workspaceId().equals(workspaceId) || !first.region().equals(request.region())
                        || !first.plan().equals(request.plan())) {
                    throw new ClientErrorException("the Idempotency-Key was used for a different request", 409);
                }
                return new Provisioned(view(handle, first), false);
            }
            dao.insert(handle, server);
            ServerView view = view(handle, server);
            audit.record(handle, caller, "server.provision", "server", id, null, view);
            return new Provisioned(view, true);
        });
        wakeWorker.run();
        return provisioned;
    }

    public List<ServerView> list(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> dao.list(handle, caller.tenantId(), workspaceId).stream()
                .map(server -> view(handle, server)).toList());
    }

    /** @throws NotFoundException when the tenant's workspace has no such server */
    public ServerView get(Caller caller, String workspaceId, String serverId) {
        return jdbi.withHandle(handle -> view(handle, found(dao.find(handle, caller.tenantId(), workspaceId,
                serverId))));
    }

    /** Starts decommissioning (idempotent: a server already being deleted or deleted is answered as it is). */
    public ServerView decommission(Caller caller, String workspaceId, String serverId) {
        ServerView view = inTransaction(handle -> {
            Server server = found(dao.lock(handle, caller.tenantId(), workspaceId, serverId));
            if (!server.status().decommissionable()) {
                return view(handle, server);
            }
            ServerView before = view(handle, server);
            dao.startDecommission(handle, serverId, clock.instant());
            ServerView after = view(handle, found(dao.find(handle, caller.tenantId(), workspaceId, serverId)));
            audit.record(handle, caller, "server.decommission", "server", serverId, before, after);
            return after;
        });
        wakeWorker.run();
        return view;
    }

    public List<ServerIpView> ips(Caller caller, String workspaceId, String serverId) {
        return jdbi.withHandle(handle -> {
            found(dao.find(handle, caller.tenantId(), workspaceId, serverId));
            return dao.ips(handle, serverId);
        });
    }

    /**
     * Sets the reverse DNS name of one of an active server's addresses at the provider (tried again with backoff
     * while the provider is unavailable), then records it as the wanted PTR name.
     *
     * @throws NotFoundException when the server has no such address
     * @throws ClientErrorException 409 when the server is not active
     */
    public ServerIpView setReverseDns(Caller caller, String workspaceId, String serverId, String ip,
            ReverseDnsRequest request) {
        String hostname = hostName("hostname", request.hostname());
        String address = address(ip);
        Server server = jdbi.withHandle(handle -> {
            Server found = found(dao.find(handle, caller.tenantId(), workspaceId, serverId));
            if (!dao.hasIp(handle, serverId, address)) {
                throw new NotFoundException("the server has no address " + address);
            }
            return found;
        });
        if (server.status() != ServerStatus.ACTIVE || server.providerServerId() == null) {
            throw new ClientErrorException("the server is " + server.status().wireName() + ", not active", 409);
        }
        withRetries(() -> provider.setReverseDns(server.providerServerId(), address, hostname));
        return inTransaction(handle -> {
            Server current = found(dao.lock(handle, caller.tenantId(), workspaceId, serverId));
            ServerIpView before = ipView(handle, current.id(), address);
            dao.setPtr(handle, serverId, address, hostname, clock.instant());
            ServerIpView after = ipView(handle, current.id(), address);
            audit.record(handle, caller, "server.reverse_dns", "server_ip", serverId + "/" + address, before, after);
            return after;
        });
    }

    public List<SmtpHostView> smtpHosts(Caller caller, String workspaceId, String serverId) {
        return jdbi.withHandle(handle -> {
            found(dao.find(handle, caller.tenantId(), workspaceId, serverId));
            return dao.smtpHosts(handle, serverId);
        });
    }

    /**
     * Adds an SMTP host to a server that is not being deleted.
     *
     * @throws ClientErrorException 409 when the server is deleting or deleted, or the host name and port are taken
     */
    public SmtpHostView addSmtpHost(Caller caller, String workspaceId, String serverId, AddSmtpHostRequest request) {
        String hostname = hostName("hostname", request.hostname());
        int port = request.port() == null ? 587 : request.port();
        return inTransaction(handle -> {
            Server server = found(dao.lock(handle, caller.tenantId(), workspaceId, serverId));
            if (!server.status().decommissionable()) {
                throw new ClientErrorException("the server is " + server.status().wireName(), 409);
            }
            SmtpHostView host = new SmtpHostView(RandomIds.next("smtp"), serverId, hostname, port, clock.instant());
            dao.insertSmtpHost(handle, host, caller.tenantId(), workspaceId);
            audit.record(handle, caller, "smtp_host.create", "smtp_host", host.id(), null, host);
            return host;
        });
    }

    public void removeSmtpHost(Caller caller, String workspaceId, String serverId, String smtpHostId) {
        inTransaction(handle -> {
            found(dao.lock(handle, caller.tenantId(), workspaceId, serverId));
            SmtpHostView before = dao.smtpHosts(handle, serverId).stream()
                    .filter(host -> host.id().equals(smtpHostId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("no such SMTP host"));
            dao.deleteSmtpHost(handle, serverId, smtpHostId);
            audit.record(handle, caller, "smtp_host.delete", "smtp_host", smtpHostId, before, null);
            return null;
        });
    }

    /**
     * The workspace's server costs for {@code month} ({@code YYYY-MM}, UTC; the current month when null).
     *
     * @throws UnprocessableEntityException for a malformed month
     */
    public WorkspaceCosts costs(Caller caller, String workspaceId, String month) {
        Instant now = clock.instant();
        YearMonth period;
        try {
            period = month == null || month.isBlank() ? YearMonth.from(now.atOffset(ZoneOffset.UTC))
                    : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new UnprocessableEntityException("month must be YYYY-MM");
        }
        Instant monthEnd = period.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant asOf = now.isBefore(monthEnd) ? now : monthEnd;
        List<Server> servers = jdbi.withHandle(handle -> dao.list(handle, caller.tenantId(), workspaceId));
        List<WorkspaceCosts.Line> lines = new ArrayList<>();
        Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
        for (Server server : servers) {
            BigDecimal toDate = ServerCosts.monthToDate(server.monthlyCost(), server.activeAt(), server.deletedAt(),
                    period, asOf);
            lines.add(new WorkspaceCosts.Line(server.id(), server.name(), server.status().wireName(),
                    server.monthlyCost().toPlainString(), server.currency(), toDate.toPlainString(),
                    server.activeAt(), server.deletedAt()));
            BigDecimal[] total = totals.computeIfAbsent(server.currency(),
                    currency -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            Instant rateAt = asOf.equals(monthEnd) ? asOf.minusSeconds(1) : asOf;
            if (ServerCosts.billable(server.activeAt(), server.deletedAt(), rateAt)) {
                total[0] = total[0].add(server.monthlyCost());
            }
            total[1] = total[1].add(toDate);
        }
        List<WorkspaceCosts.Total> totalLines = totals.entrySet().stream()
                .map(entry -> new WorkspaceCosts.Total(entry.getKey(), entry.getValue()[0].toPlainString(),
                        entry.getValue()[1].toPlainString()))
                .toList();
        return new WorkspaceCosts(workspaceId, period.toString(), asOf, lines, totalLines);
    }

    private void withRetries(Runnable call) {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                call.run();
                return;
            } catch (ProviderException e) {
                Optional<Duration> wait = e.retryable() ? reverseDnsRetries.delayAfter(attempt, Math.random())
                        : Optional.empty();
                if (wait.isEmpty()) {
                    throw e;
                }
                try {
                    Thread.sleep(wait.get().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private ServerIpView ipView(Handle handle, String serverId, String address) {
        return dao.ip(handle, serverId, address)
                .orElseThrow(() -> new NotFoundException("the server has no address " + address));
    }

    private ServerView view(Handle handle, Server server) {
        return ServerView.of(server, dao.ips(handle, server.id()), dao.smtpHosts(handle, server.id()));
    }

    private static String hostName(String field, String input) {
        DomainName.Result parsed = DomainName.parse(input);
        return parsed.name().orElseThrow(() -> new UnprocessableEntityException(field + " "
                + parsed.problem().orElse("is not a valid host name")));
    }

    /** The canonical text of an IP address literal (never a DNS lookup). */
    private static String address(String ip) {
        if (ip == null || !ip.matches("[0-9a-fA-F:.]+")) {
            throw new NotFoundException("no such address");
        }
        try {
            String canonical = InetAddress.getByName(ip).getHostAddress();
            int zone = canonical.indexOf('%');
            return zone < 0 ? canonical : canonical.substring(0, zone);
        } catch (UnknownHostException e) {
            throw new NotFoundException("no such address");
        }
    }

    private static Server found(Optional<Server> server) {
        return server.orElseThrow(() -> new NotFoundException("no such server"));
    }

    private <T> T inTransaction(HandleCallback<T, RuntimeException> callback) {
        return jdbi.inTransaction(callback);
    }
}
