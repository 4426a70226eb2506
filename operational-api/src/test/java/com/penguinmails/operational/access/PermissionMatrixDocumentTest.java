package com.penguinmails.operational.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the permission matrix of ACCESS.md equal to what {@link Role}, {@link Permission} and {@link AccessGuard} do. */
class PermissionMatrixDocumentTest {

    private static final List<String> COLUMNS = List.of("viewer", "member", "admin", "owner", "admin key",
            "events:write key", "service");

    @Test
    void theDocumentedMatrixIsTheOneTheCodeEnforces() throws IOException {
        Map<String, List<String>> documented = documentedRows();

        Map<String, List<String>> enforced = new LinkedHashMap<>();
        for (Permission permission : Permission.values()) {
            List<String> cells = new ArrayList<>();
            for (Caller caller : callers()) {
                cells.add(AccessGuard.allows(caller, permission) ? "yes" : "-");
            }
            enforced.put(permission.name().toLowerCase(Locale.ROOT), cells);
        }

        assertThat(documented).containsExactlyEntriesOf(enforced);
    }

    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        for (Role role : List.of(Role.VIEWER, Role.MEMBER, Role.ADMIN, Role.OWNER)) {
            callers.add(new Caller("t-1", "user:u-1", Optional.of("u-1"), Optional.empty(), Optional.of(role),
                    Map.of(), Set.of(), "127.0.0.1"));
        }
        callers.add(new Caller("t-1", "key:pmk_a", Optional.empty(), Optional.of("k-1"), Optional.empty(), Map.of(),
                Set.of("admin"), "127.0.0.1"));
        callers.add(new Caller("t-1", "key:pmk_b", Optional.empty(), Optional.of("k-2"), Optional.empty(), Map.of(),
                Set.of("events:write"), "127.0.0.1"));
        callers.add(new Caller(Caller.ALL_TENANTS, "service:ingestion", Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Set.of(), "127.0.0.1"));
        assertThat(callers).hasSize(COLUMNS.size());
        return callers;
    }

    private static Map<String, List<String>> documentedRows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inMatrix = false;
        for (String line : Files.readAllLines(Path.of("ACCESS.md"))) {
            if (line.startsWith("| Permission |")) {
                inMatrix = true;
            } else if (inMatrix && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                List<String> values = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    values.add(cells[i].trim());
                }
                rows.put(cells[0].trim().replace("`", ""), values);
            } else if (inMatrix && !line.startsWith("|---")) {
                break;
            }
        }
        return rows;
    }
}
