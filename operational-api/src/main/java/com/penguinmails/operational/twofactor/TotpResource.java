package com.penguinmails.operational.twofactor;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.SignedInPerson;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.people.Argon2idPasswordHasher;
import com.penguinmails.operational.people.User;
import com.penguinmails.operational.people.UserDao;
import com.penguinmails.operational.secrets.SecretSealer;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Two-factor sign-in for the signed-in person: {@code POST /v1/me/totp} starts a set-up with a new seed,
 * {@code POST /v1/me/totp/confirm} turns it on with a valid code and hands out the backup codes,
 * {@code DELETE /v1/me/totp} turns it off given the password or a code.
 */
@Path("/v1/me/totp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TotpResource {

    static final String ISSUER = "PenguinMails";
    private static final int SEED_BYTES = 20;

    private final Jdbi jdbi;
    private final SecretSealer sealer;
    private final SecondFactor secondFactor;
    private final Argon2idPasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TotpResource(Jdbi jdbi, SecretSealer sealer, Argon2idPasswordHasher hasher, AuditTrail audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.secondFactor = new SecondFactor(sealer);
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @POST
    public Response start(@Auth Caller caller) {
        String userId = SignedInPerson.userId(caller);
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        TotpSetup setup = jdbi.inTransaction(handle -> {
            User user = lockedUser(handle, caller, userId);
            if (user.totpEnabled()) {
                throw new ClientErrorException("two-factor sign-in is already on; turn it off first", 409);
            }
            UserDao.updateTotp(handle, userId, null, sealer.seal(seed, user.totpSealContext()), null);
            audit.record(handle, caller, "totp.start", "user", userId, null, Map.of("totp_pending", true));
            String secret = Base32.encode(seed);
            String label = URLEncoder.encode(ISSUER + ":" + user.email(), StandardCharsets.UTF_8).replace("+", "%20");
            String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                    + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
            return new TotpSetup(secret, uri, "SHA1", Totp.DIGITS, Totp.STEP_SECONDS);
        });
        return Response.status(Response.Status.CREATED).entity(setup).build();
    }

    @POST
    @Path("/confirm")
    public TotpEnabled confirm(@Auth Caller caller, @NotNull @Valid TotpCode request) {
        String userId = SignedInPerson.userId(caller);
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            User user = lockedUser(handle, caller, userId);
            if (user.totpPendingSealed() == null) {
                throw new ClientErrorException("no two-factor set-up is in progress; start one first", 409);
            }
            byte[] seed = sealer.open(user.totpPendingSealed(), user.totpSealContext());
            OptionalLong step = Totp.verify(seed, request.code(), now, Long.MIN_VALUE);
            if (step.isEmpty()) {
                throw new UnprocessableEntityException(
                        "code is not the current code of the new secret");
            }
            UserDao.updateTotp(handle, userId, user.totpPendingSealed(), null, step.getAsLong());
            List<String> codes = BackupCodes.generate();
            handle.createUpdate("DELETE FROM backup_codes WHERE user_id = :user").bind("user", userId).execute();
            for (String code : codes) {
                handle.createUpdate("INSERT INTO backup_codes (user_id, code_hash) VALUES (:user, :hash)")
                        .bind("user", userId).bind("hash", BackupCodes.hash(userId, code)).execute();
            }
            audit.record(handle, caller, "totp.enable", "user", userId, Map.of("totp_enabled", false),
                    Map.of("totp_enabled", true));
            return new TotpEnabled(true, codes);
        });
    }

    @DELETE
    public Response disable(@Auth Caller caller, @NotNull @Valid TotpDisableRequest request) {
        String userId = SignedInPerson.userId(caller);
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            User user = lockedUser(handle, caller, userId);
            if (!user.totpEnabled()) {
                throw new ClientErrorException("two-factor sign-in is off", 409);
            }
            boolean proven = request.password() != null && hasher.verify(request.password(), user.passwordHash())
                    || secondFactor.accept(handle, user, request.totpCode(), request.backupCode(), now);
            if (!proven) {
                throw new ForbiddenException("the password or code is wrong");
            }
            UserDao.updateTotp(handle, userId, null, null, null);
            handle.createUpdate("DELETE FROM backup_codes WHERE user_id = :user").bind("user", userId).execute();
            audit.record(handle, caller, "totp.disable", "user", userId, Map.of("totp_enabled", true),
                    Map.of("totp_enabled", false));
        });
        return Response.noContent().build();
    }

    private static User lockedUser(Handle handle, Caller caller, String userId) {
        return UserDao.byId(handle, caller.tenantId(), userId, true)
                .orElseThrow(() -> new NotFoundException("no such person"));
    }
}
