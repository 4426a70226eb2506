package com.penguinmails.operational.health;

import java.time.Duration;

/**
 * How the health worker paces itself.
 *
 * @param batchSize checks claimed per round
 * @param lease how long a claimed check stays hidden from other instances (longer than a round's checks take)
 * @param retention how long results are kept (90 days)
 * @param syncInterval how often the checks are brought in step with the inventory
 * @param purgeInterval how often old results are purged
 */
public record HealthWorkerSettings(int batchSize, Duration lease, Duration retention, Duration syncInterval,
        Duration purgeInterval) {
}
