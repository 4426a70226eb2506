package com.penguinmails.ingestion.bounce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The labelled messages under src/test/resources/bounce-corpus: each {@code <source>/<name>.eml} with its .json. */
final class BounceCorpus {

    /** One message and its expected analysis. */
    record Sample(String source, String name, byte[] raw, JsonNode expected) {
        @Override
        public String toString() {
            return source + "/" + name;
        }
    }

    private BounceCorpus() {
    }

    static Path root() {
        try {
            return Path.of(BounceCorpus.class.getResource("/bounce-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Sample> load() {
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().map(eml -> {
                try {
                    Path json = eml.resolveSibling(eml.getFileName().toString().replace(".eml", ".json"));
                    return new Sample(eml.getParent().getFileName().toString(),
                            eml.getFileName().toString().replace(".eml", ""), Files.readAllBytes(eml),
                            mapper.readTree(json.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
