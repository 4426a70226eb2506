package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.domains.DomainName;
import com.penguinmails.operational.infrastructure.mailu.MailboxPasswords;
import com.penguinmails.operational.infrastructure.mailu.MailuClient;
import com.penguinmails.operational.people.RandomIds;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A workspace's mailboxes on the Mailu mail server: created there (the domain first, both idempotent) with a generated
 * password that is returned once and never stored, listed, and deleted. Mailu is called outside database
 * transactions; the row and its audit record are written together after Mailu confirmed.
 */
public final class Mailboxes {

    private final Jdbi jdbi;
    private final MailboxDao dao = new MailboxDao();
    private final MailuClient mailu;
    private final MailboxPasswords passwords = new MailboxPasswords();
    private final long defaultQuotaBytes;
    private final AuditTrail audit;
    private final Clock clock;

    public Mailboxes(Jdbi jdbi, MailuClient mailu, long defaultQuotaBytes, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.mailu = mailu;
        this.defaultQuotaBytes = defaultQuotaBytes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a mailbox. The password is generated once, before any Mailu call, so a call tried again after a lost
     * answer sets the same password.
     *
     * @throws UnprocessableEntityException for a malformed address, a domain that is not one of the workspace's
     *     sending domains, or an unknown SMTP host
     * @throws ClientErrorException 409 when the address already has a live mailbox on the platform
     */
    public CreatedMailbox create(Caller caller, String workspaceId, CreateMailboxRequest request) {
        String address = request.address().strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        String local = at > 0 ? address.substring(0, at) : "";
        if (at <= 0 || !local.matches("[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}") || local.startsWith(".")
                || local.endsWith(".") || local.contains("..")) {
            throw new UnprocessableEntityException("address is not a valid email address");
        }
        DomainName.Result parsed = DomainName.parse(address.substring(at + 1));
        String domain = parsed.name().orElseThrow(() -> new UnprocessableEntityException("address has a domain that "
                + parsed.problem().orElse("is not valid")));
        String normalised = local + "@" + domain;
        jdbi.useHandle(handle -> {
            if (!dao.hasSendingDomain(handle, caller.tenantId(), workspaceId, domain)) {
                throw new UnprocessableEntityException("address must be in one of the workspace's sending domains");
            }
            if (request.smtpHostId() != null
                    && !dao.hasSmtpHost(handle, caller.tenantId(), workspaceId, request.smtpHostId())) {
                throw new UnprocessableEntityException("smtp_host_id is not an SMTP host of the workspace");
            }
            if (dao.findLive(handle, normalised).isPresent()) {
                throw new ClientErrorException("a mailbox with this address already exists", 409);
            }
        });
        long quota = request.quotaBytes() == null ? defaultQuotaBytes : request.quotaBytes();
        String password = passwords.next();
        mailu.createDomain(domain);
        mailu.createUser(normalised, password, quota, Optional.ofNullable(request.displayName()));
        Instant now = clock.instant();
        MailboxView mailbox = new MailboxView(RandomIds.next("mbx"), workspaceId, normalised, domain,
                request.smtpHostId(), request.displayName(), quota, "active", null, now, now, null);
        jdbi.useTransaction(handle -> {
            dao.insert(handle, caller.tenantId(), mailbox);
            audit.record(handle, caller, "mailbox.create", "mailbox", mailbox.id(), null, mailbox);
        });
        return new CreatedMailbox(mailbox, password);
    }

    public List<MailboxView> list(Caller caller, String workspaceId, boolean includeDeleted) {
        return jdbi.withHandle(handle -> dao.list(handle, caller.tenantId(), workspaceId, includeDeleted));
    }

    /** @throws NotFoundException when the workspace has no such mailbox */
    public MailboxView get(Caller caller, String workspaceId, String mailboxId) {
        return jdbi.withHandle(handle -> dao.find(handle, caller.tenantId(), workspaceId, mailboxId))
                .orElseThrow(() -> new NotFoundException("no such mailbox"));
    }

    /** Deletes the mailbox at Mailu (already gone counts as done), then marks it deleted; idempotent. */
    public void delete(Caller caller, String workspaceId, String mailboxId) {
        MailboxView mailbox = get(caller, workspaceId, mailboxId);
        if (mailbox.mailuState().equals("deleted")) {
            return;
        }
        mailu.deleteUser(mailbox.address());
        jdbi.useTransaction(handle -> {
            dao.markDeleted(handle, mailboxId, clock.instant());
            MailboxView after = dao.find(handle, caller.tenantId(), workspaceId, mailboxId).orElseThrow();
            audit.record(handle, caller, "mailbox.delete", "mailbox", mailboxId, mailbox, after);
        });
    }
}
