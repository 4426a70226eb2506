package com.penguinmails.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * Writes the local platform's configuration files from the templates in {@code src/main/resources/local}.
 *
 * <p>Each template is an ordinary service configuration whose {@code ${name}} placeholders the launcher fills (ports,
 * addresses, the service token's hash); a placeholder without a value is an error. The files land in the data
 * directory, where a developer can read exactly what each service runs with. They hold no API key, service token or
 * master key: those travel as in-memory overrides.
 */
final class LocalConfigFiles {

    private final Path configDir;
    private final StringSubstitutor substitutor;

    LocalConfigFiles(Path configDir, Map<String, String> values) {
        this.configDir = configDir;
        this.substitutor = new StringSubstitutor(values);
        this.substitutor.setEnableUndefinedVariableException(true);
    }

    /** Renders {@code local/<name>} into the configuration directory and returns the file. */
    Path render(String name) {
        try (InputStream template = LocalConfigFiles.class.getResourceAsStream("/local/" + name)) {
            if (template == null) {
                throw new IllegalStateException("No configuration template local/" + name + " on the classpath");
            }
            String rendered = substitutor.replace(new String(template.readAllBytes(), StandardCharsets.UTF_8));
            Files.createDirectories(configDir);
            Path file = configDir.resolve(name);
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the configuration file " + name, e);
        }
    }
}
