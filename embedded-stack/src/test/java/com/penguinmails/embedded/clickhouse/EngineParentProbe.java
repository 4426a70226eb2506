package com.penguinmails.embedded.clickhouse;

import java.nio.file.Path;

/**
 * A stand-in for any JVM that uses the engine: starts one on the directory given as the only argument, prints
 * {@code PROBE-READY <url>} and waits to be killed. {@link EmbeddedClickHouseLifecycleIT} kills it with SIGKILL.
 */
public final class EngineParentProbe {

    static final String READY = "PROBE-READY ";

    private EngineParentProbe() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedClickHouse clickHouse = EmbeddedClickHouse.start(Path.of(args[0]));
        System.out.println(READY + clickHouse.httpUrl());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
