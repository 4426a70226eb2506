package com.penguinmails.operational.infrastructure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST .../servers/{serverId}/smtp-hosts}: a host name and a port (587 when left out). */
public record AddSmtpHostRequest(@NotBlank String hostname, @Min(1) @Max(65535) Integer port) {
}
