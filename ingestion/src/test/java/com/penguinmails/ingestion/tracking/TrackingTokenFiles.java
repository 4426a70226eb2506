package com.penguinmails.ingestion.tracking;

import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes realistic tracking URL paths for an external load generator: {@code pixel.paths} ({@code /t/o/...}) and
 * {@code click.paths} ({@code /t/c/...}), one per line, each of a distinct message and contact, signed with the key
 * ingestion derives from the same master secret, so every request verifies and records an event.
 *
 * <p>Arguments: base64 master secret, tenant id, active key id, number of paths per file, output directory.
 */
public final class TrackingTokenFiles {

    private TrackingTokenFiles() {
    }

    public static void main(String[] args) throws Exception {
        byte[] master = TrackingKeyring.decodeMasterSecret(args[0]);
        String tenant = args[1];
        String keyId = args[2];
        int count = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        TrackingTokens tokens = new TrackingTokens(new TrackingKeyring(master,
                List.of(new TenantKeyIds(tenant, keyId, Set.of()))));
        try (BufferedWriter pixels = Files.newBufferedWriter(out.resolve("pixel.paths"));
                BufferedWriter clicks = Files.newBufferedWriter(out.resolve("click.paths"))) {
            for (int i = 0; i < count; i++) {
                TrackingToken open = new TrackingToken(Purpose.OPEN, tenant, UUID.randomUUID().toString(),
                        "cmp-" + (i % 40), i % 2 == 0 ? "A" : "B", 1 + i % 4, "ct-" + UUID.randomUUID(), null, null,
                        false);
                pixels.write("/t/o/" + tokens.sign(open));
                pixels.newLine();
                clicks.write("/t/c/" + tokens.sign(open.with(Purpose.CLICK, i % 5,
                        "https://acme.example/pricing?utm_source=penguinmails&utm_campaign=cmp-" + (i % 40), false)));
                clicks.newLine();
            }
        }
    }
}
