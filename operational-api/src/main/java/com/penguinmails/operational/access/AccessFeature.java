package com.penguinmails.operational.access;

import com.penguinmails.operational.apikeys.ApiKeyCallers;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.notifications.BackgroundLoop;
import com.penguinmails.operational.notifications.SmtpFactory;
import com.penguinmails.operational.organisations.OrganisationResource;
import com.penguinmails.operational.people.Argon2idPasswordHasher;
import com.penguinmails.operational.people.MeResource;
import com.penguinmails.operational.people.SignUpResource;
import com.penguinmails.operational.people.SignUpThrottle;
import com.penguinmails.operational.secrets.SecretSealer;
import com.penguinmails.operational.sessions.LockoutPolicy;
import com.penguinmails.operational.sessions.LoginActivityResource;
import com.penguinmails.operational.sessions.SessionCallers;
import com.penguinmails.operational.sessions.SessionResource;
import com.penguinmails.operational.sessions.SignIn;
import com.penguinmails.operational.twofactor.SecondFactor;
import com.penguinmails.operational.twofactor.TotpResource;
import com.penguinmails.operational.workspaces.InvitationEmail;
import com.penguinmails.operational.workspaces.InvitationEmailWorker;
import com.penguinmails.operational.workspaces.InvitationOutbox;
import com.penguinmails.operational.workspaces.InvitationResource;
import com.penguinmails.operational.workspaces.MemberResource;
import com.penguinmails.operational.workspaces.OrganisationInvitationResource;
import com.penguinmails.operational.workspaces.OrganisationMemberResource;
import com.penguinmails.operational.workspaces.OutboxInvitationMailer;
import com.penguinmails.operational.workspaces.WorkspaceInvitationResource;
import com.penguinmails.operational.workspaces.WorkspaceResource;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires people and access into the service: the bearer-token authentication behind {@code @Auth Caller} (sessions,
 * service tokens, API keys), sign-up, sign-in and sessions, two-factor, the organisation, workspaces, members and
 * invitations, and the sending of invitation emails when SMTP ({@code notifications.smtp}) is configured.
 */
public final class AccessFeature {

    private static final Logger LOG = LoggerFactory.getLogger(AccessFeature.class);

    private final AccessFactory configuration;
    private final SmtpFactory smtp;
    private final Jdbi jdbi;
    private final SecretSealer sealer;
    private final AuditTrail audit;
    private final ApiKeyCallers apiKeys;
    private final Clock clock;

    public AccessFeature(AccessFactory configuration, SmtpFactory smtp, Jdbi jdbi, SecretSealer sealer,
            AuditTrail audit, ApiKeyCallers apiKeys, Clock clock) {
        this.configuration = configuration;
        this.smtp = smtp;
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.audit = audit;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    /**
     * Registers the authentication filter, the {@code @Auth Caller} parameter binding and the resources, and starts the
     * invitation email sender with the application's lifecycle.
     */
    public void register(Environment environment) {
        Duration idle = configuration.getSessionIdleTimeout().toJavaDuration();
        Duration absolute = configuration.getSessionAbsoluteTimeout().toJavaDuration();
        SessionCallers sessions = new SessionCallers(jdbi, clock, idle);
        CallerAuthenticator authenticator = new CallerAuthenticator(sessions,
                configuration.buildServiceCallers(), apiKeys);
        environment.jersey().register(new AuthDynamicFeature(BearerTokenAuthFilter.using(authenticator)));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(Caller.class));

        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
        LockoutPolicy lockout = new LockoutPolicy(configuration.getLockoutThreshold(),
                configuration.getLockoutBase().toJavaDuration(), configuration.getLockoutMaximum().toJavaDuration());
        SignIn signIn = new SignIn(jdbi, hasher, lockout, new SecondFactor(sealer), audit, clock, idle, absolute);
        SignUpThrottle throttle = new SignUpThrottle(clock, configuration.getSignUpBurst(),
                configuration.getSignUpsPerHour());

        environment.jersey().register(new SignUpResource(jdbi, hasher, throttle, audit));
        environment.jersey().register(new SessionResource(signIn, jdbi, audit, clock, idle));
        environment.jersey().register(new LoginActivityResource(jdbi));
        environment.jersey().register(new MeResource(jdbi));
        environment.jersey().register(new TotpResource(jdbi, sealer, hasher, audit, clock));
        environment.jersey().register(new OrganisationResource(jdbi, audit));
        environment.jersey().register(new WorkspaceResource(jdbi, audit));
        environment.jersey().register(new MemberResource(jdbi, audit));
        environment.jersey().register(new OrganisationMemberResource(jdbi, audit));
        InvitationResource invitations = new InvitationResource(jdbi, new OutboxInvitationMailer(sealer, clock),
                hasher, audit, clock, configuration.getInvitationLifetime().toJavaDuration());
        environment.jersey().register(invitations);
        environment.jersey().register(new WorkspaceInvitationResource(invitations));
        environment.jersey().register(new OrganisationInvitationResource(invitations));
        registerInvitationEmails(environment);
    }

    private void registerInvitationEmails(Environment environment) {
        if (!smtp.isConfigured()) {
            LOG.info("invitation emails are not sent because SMTP (notifications.smtp.host) is not configured; "
                    + "they stay queued in invitation_outbox");
            return;
        }
        InvitationEmailWorker worker = new InvitationEmailWorker(new InvitationOutbox(jdbi), sealer,
                new InvitationEmail(configuration.getInvitationAcceptPage()), smtp.build(clock),
                configuration.getInvitationEmailRetry().build(), clock,
                () -> ThreadLocalRandom.current().nextDouble());
        environment.lifecycle().manage(new BackgroundLoop("invitation-emails", worker::sendDue,
                configuration.getInvitationEmailInterval().toJavaDuration()));
    }
}
