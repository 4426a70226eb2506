package com.penguinmails.operational.infrastructure;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT .../servers/{serverId}/ips/{ip}/reverse-dns}: the PTR host name wanted for the address. */
public record ReverseDnsRequest(@NotBlank String hostname) {
}
