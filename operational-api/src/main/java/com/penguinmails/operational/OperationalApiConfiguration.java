package com.penguinmails.operational;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.operational.access.AccessFactory;
import com.penguinmails.operational.apikeys.IssuedApiKeysFactory;
import com.penguinmails.operational.billing.BillingFactory;
import com.penguinmails.operational.domains.DomainsFactory;
import com.penguinmails.operational.health.HealthFactory;
import com.penguinmails.operational.infrastructure.InfrastructureFactory;
import com.penguinmails.operational.kafka.KafkaClientsFactory;
import com.penguinmails.operational.notifications.NotificationsFactory;
import com.penguinmails.operational.privacy.PrivacyFactory;
import com.penguinmails.operational.secrets.SecretsFactory;
import com.penguinmails.operational.warmup.WarmupFactory;
import com.penguinmails.operational.usage.UsageFactory;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Configuration of the operational API: its PostgreSQL database and Kafka. */
public class OperationalApiConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    /**
     * The PostgreSQL connection pool. Set {@code minSize}, {@code initialSize} and {@code maxSize} together: both
     * minimums default to 10, so a smaller {@code maxSize} alone fails validation.
     */
    @JsonProperty
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    @Valid
    @NotNull
    private KafkaClientsFactory kafka = new KafkaClientsFactory();

    /** The Kafka cluster for control topics (alert rules) and the streams the service consumes (alerts, events). */
    @JsonProperty
    public KafkaClientsFactory getKafka() {
        return kafka;
    }

    @JsonProperty
    public void setKafka(KafkaClientsFactory kafka) {
        this.kafka = kafka;
    }

    @Valid
    @NotNull
    private SecretsFactory secrets = new SecretsFactory();

    /** The master keys secrets (DKIM private keys, TOTP seeds, webhook secrets) are sealed under. */
    @JsonProperty
    public SecretsFactory getSecrets() {
        return secrets;
    }

    @JsonProperty
    public void setSecrets(SecretsFactory secrets) {
        this.secrets = secrets;
    }

    @Valid
    @NotNull
    private AccessFactory access = new AccessFactory();

    /** People and access: service tokens, session lifetimes, lockout, sign-up rate, invitations (ACCESS.md). */
    @JsonProperty
    public AccessFactory getAccess() {
        return access;
    }

    @JsonProperty
    public void setAccess(AccessFactory access) {
        this.access = access;
    }

    @Valid
    @NotNull
    private IssuedApiKeysFactory apiKeys = new IssuedApiKeysFactory();

    /** API keys: the key label, the rotation grace period, the last-used write interval (API-KEYS.md). */
    @JsonProperty
    public IssuedApiKeysFactory getApiKeys() {
        return apiKeys;
    }

    @JsonProperty
    public void setApiKeys(IssuedApiKeysFactory apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Valid
    @NotNull
    private ClickHouseFactory clickHouse = new ClickHouseFactory();

    /** The analytics database, for contact export and erasure. */
    @JsonProperty
    public ClickHouseFactory getClickHouse() {
        return clickHouse;
    }

    @JsonProperty
    public void setClickHouse(ClickHouseFactory clickHouse) {
        this.clickHouse = clickHouse;
    }

    @Valid
    @NotNull
    private PrivacyFactory privacy = new PrivacyFactory();

    /** Suppressions from events and the erasure sweep. */
    @JsonProperty
    public PrivacyFactory getPrivacy() {
        return privacy;
    }

    @JsonProperty
    public void setPrivacy(PrivacyFactory privacy) {
        this.privacy = privacy;
    }

    @Valid
    @NotNull
    private NotificationsFactory notifications = new NotificationsFactory();

    /** Alert rules, webhooks and notifications: topics, delivery retries, SMTP, SMS (NOTIFICATIONS.md). */
    @JsonProperty
    public NotificationsFactory getNotifications() {
        return notifications;
    }

    @JsonProperty
    public void setNotifications(NotificationsFactory notifications) {
        this.notifications = notifications;
    }

    @Valid
    @NotNull
    private DomainsFactory domains = new DomainsFactory();

    /** Sending domains: the platform hosts customers' DNS records point at, and the resolvers that check them. */
    @JsonProperty
    public DomainsFactory getDomains() {
        return domains;
    }

    @JsonProperty
    public void setDomains(DomainsFactory domains) {
        this.domains = domains;
    }

    @Valid
    @NotNull
    private HealthFactory health = new HealthFactory();

    /** Sending health checks: schedule, intervals, resolvers, blocklist zones (SENDING-HEALTH.md). */
    @JsonProperty
    public HealthFactory getHealth() {
        return health;
    }

    @JsonProperty
    public void setHealth(HealthFactory health) {
        this.health = health;
    }

    @Valid
    @NotNull
    private BillingFactory billing = new BillingFactory();

    /** Stripe billing: the Stripe client and webhook secret, the plan catalogue, the grace period (BILLING.md). */
    @JsonProperty
    public BillingFactory getBilling() {
        return billing;
    }

    @JsonProperty
    public void setBilling(BillingFactory billing) {
        this.billing = billing;
    }

    @Valid
    @NotNull
    private WarmupFactory warmup = new WarmupFactory();

    /** Warm-up schedules: whether this instance cuts limits on the stream job's pause recommendations (WARMUP.md). */
    @JsonProperty
    public WarmupFactory getWarmup() {
        return warmup;
    }

    @JsonProperty
    public void setWarmup(WarmupFactory warmup) {
        this.warmup = warmup;
    }

    @Valid
    @NotNull
    private InfrastructureFactory infrastructure = new InfrastructureFactory();

    /** Sending infrastructure: plans and prices, the provisioning worker, Hostwinds and Mailu (INFRASTRUCTURE.md). */
    @JsonProperty
    public InfrastructureFactory getInfrastructure() {
        return infrastructure;
    }

    @JsonProperty
    public void setInfrastructure(InfrastructureFactory infrastructure) {
        this.infrastructure = infrastructure;
    }

    @Valid
    @NotNull
    private UsageFactory usage = new UsageFactory();

    /** Usage metering reported to Stripe, and budget checks (USAGE.md). */
    @JsonProperty
    public UsageFactory getUsage() {
        return usage;
    }

    @JsonProperty
    public void setUsage(UsageFactory usage) {
        this.usage = usage;
    }
}
