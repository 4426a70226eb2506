package com.penguinmails.apikeys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * An {@link ApiKeyStore} over the keys the operational API issues, with a cache in front so that a request costs a
 * round trip only when its key was not checked recently.
 *
 * <p>Answers are fresh for {@code positiveTtl} (a live key) or {@code negativeTtl} (no live key), then asked again. So
 * a revoked key stops working here at most {@code positiveTtl} after its revocation. When the operational API cannot
 * answer, a live key last confirmed less than {@code staleLimit} ago keeps working; beyond that, and for keys never
 * seen, {@link ApiKeyStoreUnavailableException} (503) — never a 401, and never a key older than {@code staleLimit}. A
 * revoked key therefore stops working within {@code max(positiveTtl, staleLimit)} in every case. Thread-safe.
 */
public final class RemoteApiKeyStore implements ApiKeyStore {

    private final ApiKeyValidator validator;
    private final Ticker ticker;
    private final long positiveTtlNanos;
    private final long negativeTtlNanos;
    private final long staleLimitNanos;
    private final Cache<String, Answer> answers;

    /** One answer of the operational API and when it was given (ticker nanoseconds). */
    private record Answer(Optional<TenantPrincipal> principal, long answeredAt) {
    }

    /**
     * @param validator asks the operational API
     * @param ticker monotonic nanoseconds, {@link Ticker#systemTicker()} outside tests
     * @param maximumSize how many keys' answers are kept at most
     */
    public RemoteApiKeyStore(ApiKeyValidator validator, Duration positiveTtl, Duration negativeTtl,
            Duration staleLimit, long maximumSize, Ticker ticker) {
        if (staleLimit.compareTo(positiveTtl) < 0) {
            throw new IllegalArgumentException("staleLimit " + staleLimit + " is shorter than positiveTtl " + positiveTtl);
        }
        this.validator = validator;
        this.ticker = ticker;
        this.positiveTtlNanos = positiveTtl.toNanos();
        this.negativeTtlNanos = negativeTtl.toNanos();
        this.staleLimitNanos = staleLimit.toNanos();
        this.answers = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(staleLimit)
                .ticker(ticker)
                .build();
    }

    @Override
    public Optional<TenantPrincipal> findBySecretHash(String secretSha256Hex) {
        Answer cached = answers.getIfPresent(secretSha256Hex);
        long now = ticker.read();
        if (cached != null && now - cached.answeredAt() < ttlOf(cached)) {
            return cached.principal();
        }
        try {
            Optional<TenantPrincipal> principal = validator.validate(secretSha256Hex);
            answers.put(secretSha256Hex, new Answer(principal, now));
            return principal;
        } catch (ApiKeyStoreUnavailableException e) {
            if (cached != null && cached.principal().isPresent() && now - cached.answeredAt() < staleLimitNanos) {
                return cached.principal();
            }
            throw e;
        }
    }

    private long ttlOf(Answer answer) {
        return answer.principal().isPresent() ? positiveTtlNanos : negativeTtlNanos;
    }
}
