package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.infrastructure.provider.ProviderException;
import com.penguinmails.operational.infrastructure.provider.ProviderIp;
import com.penguinmails.operational.infrastructure.provider.ProviderServer;
import com.penguinmails.operational.infrastructure.provider.ServerOrder;
import com.penguinmails.operational.infrastructure.provider.ServerProvider;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory provider for state-machine tests: servers created by name get ids {@code 1, 2, ...}, are building
 * until {@link #finishBuild}; failures queued with {@link #failNext} are thrown by the next calls, and
 * {@link #loseNextCreateAnswer} makes a create take effect but answer with an outage, as a timeout does.
 */
final class FakeServerProvider implements ServerProvider {

    final Map<String, ProviderServer> byName = new LinkedHashMap<>();
    final List<String> creates = new ArrayList<>();
    final List<String> deletes = new ArrayList<>();
    private final Deque<ProviderException> failures = new ArrayDeque<>();
    private boolean loseCreateAnswer;

    void failNext(ProviderException failure) {
        failures.add(failure);
    }

    void loseNextCreateAnswer() {
        loseCreateAnswer = true;
    }

    void finishBuild(String name, ProviderServer.State state) {
        ProviderServer server = byName.get(name);
        byName.put(name, new ProviderServer(server.id(), name, state, state.name()));
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public boolean offers(String region, String plan) {
        return true;
    }

    @Override
    public Optional<String> create(ServerOrder order) {
        throwQueued();
        creates.add(order.name());
        String id = Integer.toString(byName.size() + 1);
        byName.put(order.name(), new ProviderServer(id, order.name(), ProviderServer.State.BUILDING, "building"));
        if (loseCreateAnswer) {
            loseCreateAnswer = false;
            throw new ProviderException(ProviderException.Kind.UNAVAILABLE, "no answer within 1s");
        }
        return Optional.empty();
    }

    @Override
    public Optional<ProviderServer> findByName(String name) {
        throwQueued();
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public ProviderServer get(String providerServerId) {
        throwQueued();
        return byName.values().stream().filter(server -> server.id().equals(providerServerId)).findFirst()
                .orElseThrow(() -> new ProviderException(ProviderException.Kind.NOT_FOUND, "no " + providerServerId));
    }

    @Override
    public List<ProviderIp> ips(String providerServerId) {
        throwQueued();
        return List.of(new ProviderIp("203.0.113." + providerServerId, true), new ProviderIp("2001:db8::1", false));
    }

    @Override
    public void setReverseDns(String providerServerId, String ip, String hostname) {
        throwQueued();
    }

    @Override
    public void delete(String providerServerId) {
        throwQueued();
        get(providerServerId);
        deletes.add(providerServerId);
        byName.values().removeIf(server -> server.id().equals(providerServerId));
    }

    private void throwQueued() {
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
    }
}
