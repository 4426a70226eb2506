package com.penguinmails.operational.notifications;

import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.sessions.SessionTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Creates organisations and signed-in people straight in the database, so tests of other capabilities get a bearer
 * token without going through sign-up and sign-in.
 */
public final class TestSessions {

    private TestSessions() {
    }

    /** Creates organisation {@code tenantId} if missing. */
    public static void organisation(Jdbi jdbi, String tenantId) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO tenants (id, name) VALUES (:id, :id) ON CONFLICT (id) DO NOTHING")
                .bind("id", tenantId).execute());
    }

    /**
     * Creates a person with {@code role} organisation-wide (owner, admin, member or viewer) in {@code tenantId}, and a
     * live session; returns its bearer token.
     */
    public static String signedIn(Jdbi jdbi, String tenantId, String role) {
        organisation(jdbi, tenantId);
        String userId = "u-" + UUID.randomUUID();
        String token = SessionTokens.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO users (id, tenant_id, email, password_hash)
                            VALUES (:id, :tenant, :email, 'not-a-hash')""")
                    .bind("id", userId).bind("tenant", tenantId).bind("email", userId + "@people.test").execute();
            handle.createUpdate("""
                            INSERT INTO memberships (user_id, tenant_id, workspace_id, role)
                            VALUES (:user, :tenant, NULL, :role)""")
                    .bind("user", userId).bind("tenant", tenantId).bind("role", role).execute();
            handle.createUpdate("""
                            INSERT INTO sessions (id, user_id, tenant_id, token_hash, created_at, last_used_at,
                                expires_at, source_address)
                            VALUES (:id, :user, :tenant, :hash, :now, :now, :expires, '127.0.0.1')""")
                    .bind("id", "s-" + UUID.randomUUID()).bind("user", userId).bind("tenant", tenantId)
                    .bind("hash", TokenHashes.sha256(token)).bind("now", now)
                    .bind("expires", now.plus(1, ChronoUnit.DAYS)).execute();
        });
        return token;
    }
}
