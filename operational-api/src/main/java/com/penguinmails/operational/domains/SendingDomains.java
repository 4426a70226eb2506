package com.penguinmails.operational.domains;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.dns.DnsLookup;
import com.penguinmails.operational.secrets.SecretSealer;
import jakarta.ws.rs.NotFoundException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * What can be done with sending domains: create them with a DKIM key, change their bounce and tracking domains, list
 * the records to publish, verify them in DNS, check propagation, rotate DKIM keys and advance DMARC. Every change is
 * audited in its own transaction. Rows are always looked up by the caller's tenant and workspace, so another tenant's
 * domain is "not found". Permissions are the resource's business.
 */
public final class SendingDomains {

    private final Jdbi jdbi;
    private final SendingDomainDao dao;
    private final SecretSealer sealer;
    private final AuditTrail audit;
    private final DkimKeyGenerator keyGenerator;
    private final PlatformDns platform;
    private final RequiredRecords requiredRecords;
    private final DomainVerifier verifier;
    private final DnsLookup lookup;
    private final Map<String, DnsLookup> lookupPerResolver;
    private final ObjectMapper mapper;
    private final Clock clock;

    public SendingDomains(Jdbi jdbi, SecretSealer sealer, AuditTrail audit, PlatformDns platform, DnsLookup lookup,
            Map<String, DnsLookup> lookupPerResolver, ObjectMapper mapper, Clock clock) {
        this.jdbi = jdbi;
        this.dao = new SendingDomainDao();
        this.sealer = sealer;
        this.audit = audit;
        this.keyGenerator = new DkimKeyGenerator();
        this.platform = platform;
        this.requiredRecords = new RequiredRecords(platform);
        this.verifier = new DomainVerifier(new RecordChecker(platform));
        this.lookup = lookup;
        this.lookupPerResolver = Collections.unmodifiableMap(new LinkedHashMap<>(lookupPerResolver));
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Whether {@code workspaceId} is a workspace of the caller's tenant. */
    public boolean workspaceExists(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> dao.workspaceExists(handle, caller.tenantId(), workspaceId));
    }

    /**
     * Creates a domain with a fresh DKIM key.
     *
     * @throws UnprocessableEntityException (422) for a malformed host name, a bounce or tracking domain outside the
     *     domain, or an unsupported key length
     * @throws DomainConflictException when the tenant already has the domain or the tracking domain is taken
     */
    public DomainView create(Caller caller, String workspaceId, CreateDomainRequest request) {
        String name = hostName("name", request.name());
        String bounceDomain = request.bounceDomain() == null
                ? platform.bounceSubdomain() + "." + name
                : subdomain("bounce_domain", request.bounceDomain(), name);
        String trackingDomain = request.trackingDomain() == null || request.trackingDomain().isBlank()
                ? null
                : subdomain("tracking_domain", request.trackingDomain(), name);
        int bits = request.dkimKeyBits() == null ? DkimKeyGenerator.DEFAULT_BITS : request.dkimKeyBits();
        if (!DkimKeyGenerator.SUPPORTED_BITS.contains(bits)) {
            throw new UnprocessableEntityException("dkim_key_bits must be 1024, 2048 or 4096");
        }
        Instant now = now();
        String id = "dom_" + UUID.randomUUID().toString().replace("-", "");
        SendingDomain domain = new SendingDomain(id, caller.tenantId(), workspaceId, name, bounceDomain,
                trackingDomain, DmarcStage.NONE, "pending", now, null, null, null);
        DkimKey key = newKey(id, List.of(), bits, now);
        return inTransaction(handle -> {
            dao.insert(handle, domain);
            dao.insertKey(handle, key);
            DomainView view = DomainView.of(domain, List.of(key));
            audit.record(handle, caller, "domain.create", "sending_domain", id, null, view);
            return view;
        });
    }

    public List<DomainView> list(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> dao.list(handle, caller.tenantId(), workspaceId).stream()
                .map(domain -> DomainView.of(domain, dao.keys(handle, domain.id())))
                .toList());
    }

    /** @throws NotFoundException when the tenant's workspace has no such domain */
    public DomainView get(Caller caller, String workspaceId, String domainId) {
        return jdbi.withHandle(handle -> {
            SendingDomain domain = found(dao.find(handle, caller.tenantId(), workspaceId, domainId));
            return DomainView.of(domain, dao.keys(handle, domainId));
        });
    }

    /** Changes the bounce and/or tracking domain; a new tracking domain is served only once verified. */
    public DomainView update(Caller caller, String workspaceId, String domainId, UpdateDomainRequest request) {
        return inTransaction(handle -> {
            SendingDomain domain = found(dao.lock(handle, caller.tenantId(), workspaceId, domainId));
            String bounceDomain = request.bounceDomain() == null ? domain.bounceDomain()
                    : subdomain("bounce_domain", request.bounceDomain(), domain.name());
            String trackingDomain = request.trackingDomain() == null ? domain.trackingDomain()
                    : request.trackingDomain().isBlank() ? null
                    : subdomain("tracking_domain", request.trackingDomain(), domain.name());
            boolean trackingChanged = !Objects.equals(trackingDomain, domain.trackingDomain());
            List<DkimKey> keys = dao.keys(handle, domainId);
            DomainView before = DomainView.of(domain, keys);
            dao.updateHosts(handle, domainId, bounceDomain, trackingDomain, trackingChanged, now());
            DomainView after = DomainView.of(found(dao.find(handle, caller.tenantId(), workspaceId, domainId)), keys);
            audit.record(handle, caller, "domain.update", "sending_domain", domainId, before, after);
            return after;
        });
    }

    public void delete(Caller caller, String workspaceId, String domainId) {
        inTransaction(handle -> {
            SendingDomain domain = found(dao.lock(handle, caller.tenantId(), workspaceId, domainId));
            DomainView before = DomainView.of(domain, dao.keys(handle, domainId));
            dao.delete(handle, domainId);
            audit.record(handle, caller, "domain.delete", "sending_domain", domainId, before, null);
            return null;
        });
    }

    /** The records to publish for the domain. */
    public List<DnsRecord> records(Caller caller, String workspaceId, String domainId) {
        return jdbi.withHandle(handle -> {
            SendingDomain domain = found(dao.find(handle, caller.tenantId(), workspaceId, domainId));
            return requiredRecords.of(domain, dao.keys(handle, domainId));
        });
    }

    /**
     * Checks every record in DNS (outside any transaction: queries can take seconds), then stores the result. The
     * domain becomes {@code verified} when every required record is found, {@code failing} when a verified domain no
     * longer passes; its tracking domain is served to ingestion from the first verification that finds its CNAME.
     */
    public VerificationView verify(Caller caller, String workspaceId, String domainId) {
        SendingDomain domain = domain(caller, workspaceId, domainId);
        List<DkimKey> keys = jdbi.withHandle(handle -> dao.keys(handle, domainId));
        List<RecordCheck> checks = verifier.verify(requiredRecords.of(domain, keys), domain.dmarcStage(), lookup);
        boolean passed = DomainVerifier.allRequiredFound(checks);
        Instant checkedAt = now();
        return inTransaction(handle -> {
            SendingDomain current = found(dao.lock(handle, caller.tenantId(), workspaceId, domainId));
            String status = passed ? "verified" : current.verifiedAt() == null ? "pending" : "failing";
            boolean trackingVerified = passed && current.trackingDomain() != null
                    && current.trackingDomain().equals(domain.trackingDomain())
                    && DomainVerifier.found(checks, RecordPurpose.TRACKING_CNAME);
            VerificationView view = new VerificationView(domainId, status, checkedAt, checks);
            dao.recordCheck(handle, domainId, status, json(checks), checkedAt, trackingVerified);
            audit.record(handle, caller, "domain.verify", "sending_domain", domainId,
                    Map.of("status", current.status()), Map.of("status", status));
            return view;
        });
    }

    /** The stored result of the last verification. */
    public Optional<VerificationView> lastVerification(Caller caller, String workspaceId, String domainId) {
        return jdbi.withHandle(handle -> {
            SendingDomain domain = found(dao.find(handle, caller.tenantId(), workspaceId, domainId));
            return dao.lastCheck(handle, domainId).map(json -> new VerificationView(domainId, domain.status(),
                    domain.lastCheckedAt(), checks(json)));
        });
    }

    /** Asks every configured resolver for every record and reports each resolver's view; nothing is stored. */
    public PropagationView propagation(Caller caller, String workspaceId, String domainId) {
        SendingDomain domain = domain(caller, workspaceId, domainId);
        List<DnsRecord> records = requiredRecords.of(domain, jdbi.withHandle(handle -> dao.keys(handle, domainId)));
        List<PropagationView.ResolverView> views = new ArrayList<>();
        for (Map.Entry<String, DnsLookup> resolver : lookupPerResolver.entrySet()) {
            List<RecordCheck> checks = verifier.verify(records, domain.dmarcStage(), resolver.getValue());
            views.add(new PropagationView.ResolverView(resolver.getKey(), DomainVerifier.allRequiredFound(checks),
                    checks));
        }
        boolean consistent = views.stream().allMatch(view -> sameView(view.records(), views.get(0).records()));
        return new PropagationView(domainId, now(), consistent, views);
    }

    /**
     * Makes a new DKIM key the active one; the previous keys stay listed (and published) as retiring until removed,
     * so mail signed with them still verifies.
     */
    public DomainView rotateDkim(Caller caller, String workspaceId, String domainId, Integer bits) {
        SendingDomain domain = domain(caller, workspaceId, domainId);
        List<DkimKey> existing = jdbi.withHandle(handle -> dao.keys(handle, domainId));
        int keyBits = bits != null ? bits
                : existing.stream().filter(DkimKey::active).mapToInt(DkimKey::bits).findFirst()
                        .orElse(DkimKeyGenerator.DEFAULT_BITS);
        if (!DkimKeyGenerator.SUPPORTED_BITS.contains(keyBits)) {
            throw new UnprocessableEntityException("bits must be 1024, 2048 or 4096");
        }
        DkimKey key = newKey(domainId, existing.stream().map(DkimKey::selector).toList(), keyBits, now());
        return inTransaction(handle -> {
            SendingDomain current = found(dao.lock(handle, caller.tenantId(), workspaceId, domainId));
            DomainView before = DomainView.of(current, dao.keys(handle, domainId));
            dao.retireKeys(handle, domainId);
            dao.insertKey(handle, key);
            DomainView after = DomainView.of(current, dao.keys(handle, domainId));
            audit.record(handle, caller, "domain.dkim_rotate", "sending_domain", domain.id(), before, after);
            return after;
        });
    }

    /** Removes a retiring DKIM key. @throws DomainConflictException for the active key */
    public void removeDkim(Caller caller, String workspaceId, String domainId, String selector) {
        inTransaction(handle -> {
            SendingDomain domain = found(dao.lock(handle, caller.tenantId(), workspaceId, domainId));
            List<DkimKey> keys = dao.keys(handle, domainId);
            DkimKey key = keys.stream().filter(candidate -> candidate.selector().equals(selector)).findFirst()
                    .orElseThrow(() -> new NotFoundException("no DKIM key with selector " + selector));
            if (key.active()) {
                throw new DomainConflictException("the active DKIM key cannot be removed; rotate first");
            }
            DomainView before = DomainView.of(domain, keys);
            dao.deleteKey(handle, domainId, selector);
            audit.record(handle, caller, "domain.dkim_remove", "sending_domain", domainId, before,
                    DomainView.of(domain, dao.keys(handle, domainId)));
            return null;
        });
    }

    /**
     * Moves DMARC one stage towards enforcement (none, quarantine 25/50/100 %, reject). The published record must then
     * be updated: verification expects the new stage.
     *
     * @throws DomainConflictException when the domain is not verified or already at reject
     */
    public DomainView advanceDmarc(Caller caller, String workspaceId, String domainId) {
        return inTransaction(handle -> {
            SendingDomain domain = found(dao.lock(handle, caller.tenantId(), workspaceId, domainId));
            if (!"verified".equals(domain.status())) {
                throw new DomainConflictException("DMARC advances only on a verified domain (status "
                        + domain.status() + ")");
            }
            if (domain.dmarcStage() == DmarcStage.REJECT) {
                throw new DomainConflictException("DMARC is already at reject");
            }
            List<DkimKey> keys = dao.keys(handle, domainId);
            DomainView before = DomainView.of(domain, keys);
            dao.updateDmarcStage(handle, domainId, domain.dmarcStage().next(), now());
            DomainView after = DomainView.of(found(dao.find(handle, caller.tenantId(), workspaceId, domainId)), keys);
            audit.record(handle, caller, "domain.dmarc_advance", "sending_domain", domainId, before, after);
            return after;
        });
    }

    /** Every verified tracking domain with its tenant (for ingestion). */
    public List<TrackingDomain> trackingDomains() {
        return jdbi.withHandle(dao::verifiedTrackingDomains);
    }

    /** The stored keys of a domain of the caller's tenant. */
    public List<DkimKey> keys(Caller caller, String workspaceId, String domainId) {
        return jdbi.withHandle(handle -> {
            found(dao.find(handle, caller.tenantId(), workspaceId, domainId));
            return dao.keys(handle, domainId);
        });
    }

    /** Opens the sealed private key of {@code key} (for signing). */
    public PrivateKey privateKey(DkimKey key) {
        byte[] pkcs8 = sealer.open(key.privateKeySealed(), DkimKey.sealingContext(key.domainId(), key.selector()));
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored DKIM key of " + key.domainId() + " does not parse", e);
        }
    }

    private SendingDomain domain(Caller caller, String workspaceId, String domainId) {
        return jdbi.withHandle(handle -> found(dao.find(handle, caller.tenantId(), workspaceId, domainId)));
    }

    private DkimKey newKey(String domainId, List<String> takenSelectors, int bits, Instant now) {
        KeyPair pair = keyGenerator.generate(bits);
        String selector = DkimKeyGenerator.selector(YearMonth.from(now.atZone(ZoneOffset.UTC)), takenSelectors);
        byte[] sealed = sealer.seal(pair.getPrivate().getEncoded(), DkimKey.sealingContext(domainId, selector));
        return new DkimKey(domainId, selector, "rsa", bits,
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), sealed, true, now);
    }

    private static String hostName(String field, String input) {
        DomainName.Result result = DomainName.parse(input);
        return result.name().orElseThrow(
                () -> new UnprocessableEntityException(field + " " + result.problem().orElseThrow()));
    }

    private static String subdomain(String field, String input, String domain) {
        String name = hostName(field, input);
        if (name.equals(domain) || !DomainName.isWithin(name, domain)) {
            throw new UnprocessableEntityException(field + " must be a subdomain of " + domain);
        }
        return name;
    }

    private static SendingDomain found(Optional<SendingDomain> domain) {
        return domain.orElseThrow(() -> new NotFoundException("no such domain"));
    }

    private <T> T inTransaction(HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                String message = sql.getMessage();
                throw new DomainConflictException(message != null && message.contains("tracking_domain")
                        ? "the tracking domain is already in use"
                        : "the organisation already has this domain");
            }
            throw e;
        }
    }

    private boolean sameView(List<RecordCheck> a, List<RecordCheck> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).status() != b.get(i).status() || !a.get(i).seen().equals(b.get(i).seen())) {
                return false;
            }
        }
        return true;
    }

    private String json(List<RecordCheck> checks) {
        try {
            return mapper.writeValueAsString(checks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record checks do not serialise", e);
        }
    }

    private List<RecordCheck> checks(String json) {
        try {
            return List.of(mapper.readValue(json, RecordCheck[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record checks do not parse", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
