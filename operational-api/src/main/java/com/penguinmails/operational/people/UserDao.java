package com.penguinmails.operational.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes the {@code users} table. Emails match case-insensitively. */
public final class UserDao {

    private static final String COLUMNS = """
            id, tenant_id, email, display_name, password_hash, failed_logins, lockouts, locked_until,
            totp_secret_sealed, totp_pending_sealed, totp_last_step, created_at""";

    private UserDao() {
    }

    /** The person with {@code email} (any case), locked for update. */
    public static Optional<User> byEmailForUpdate(Handle handle, String email) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(:email) FOR UPDATE")
                .bind("email", email).map(UserDao::map).findOne();
    }

    /** The person with {@code email} (any case). */
    public static Optional<User> byEmail(Handle handle, String email) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(:email)")
                .bind("email", email).map(UserDao::map).findOne();
    }

    /** The person {@code userId} of organisation {@code tenantId}, optionally locked for update. */
    public static Optional<User> byId(Handle handle, String tenantId, String userId, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE tenant_id = :tenant AND id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenantId).bind("id", userId).map(UserDao::map).findOne();
    }

    /** Adds a person. */
    public static void insert(Handle handle, String id, String tenantId, String email, String displayName,
            String passwordHash) {
        handle.createUpdate("""
                        INSERT INTO users (id, tenant_id, email, display_name, password_hash)
                        VALUES (:id, :tenant, :email, :name, :hash)""")
                .bind("id", id).bind("tenant", tenantId).bind("email", email).bind("name", displayName)
                .bind("hash", passwordHash).execute();
    }

    /** Stores the sign-in counters and lock of {@code userId}. */
    public static void updateSignInState(Handle handle, String userId, int failedLogins, int lockouts,
            Instant lockedUntil) {
        handle.createUpdate("""
                        UPDATE users SET failed_logins = :failed, lockouts = :lockouts, locked_until = :until
                        WHERE id = :id""")
                .bind("failed", failedLogins).bind("lockouts", lockouts).bind("until", lockedUntil)
                .bind("id", userId).execute();
    }

    /** Replaces the password hash of {@code userId}, e.g. with stronger parameters. */
    public static void updatePasswordHash(Handle handle, String userId, String passwordHash) {
        handle.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", userId).execute();
    }

    /** Stores the TOTP columns of {@code userId}. */
    public static void updateTotp(Handle handle, String userId, byte[] secretSealed, byte[] pendingSealed,
            Long lastStep) {
        handle.createUpdate("""
                        UPDATE users SET totp_secret_sealed = :secret, totp_pending_sealed = :pending,
                                         totp_last_step = :step
                        WHERE id = :id""")
                .bind("secret", secretSealed).bind("pending", pendingSealed).bind("step", lastStep)
                .bind("id", userId).execute();
    }

    private static User map(ResultSet rs, StatementContext context) throws SQLException {
        long step = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : step;
        return new User(rs.getString("id"), rs.getString("tenant_id"), rs.getString("email"),
                rs.getString("display_name"), rs.getString("password_hash"), rs.getInt("failed_logins"),
                rs.getInt("lockouts"), instant(rs.getTimestamp("locked_until")), rs.getBytes("totp_secret_sealed"),
                rs.getBytes("totp_pending_sealed"), lastStep, instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
