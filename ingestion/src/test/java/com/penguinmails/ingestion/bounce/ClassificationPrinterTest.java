package com.penguinmails.ingestion.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationPrinterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void printsOneLinePerRecipientPerFileAndOneErrorLinePerBadFile(@TempDir Path dir) throws Exception {
        Path bounce = BounceCorpus.root().resolve("exim/two-recipients.eml");
        Path complaint = BounceCorpus.root().resolve("yahoo-cfl/cfbl.eml");
        Path garbage = Files.write(dir.resolve("garbage.eml"), new byte[] {0, 1, 2, 3});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int failures = new ClassificationPrinter(new InboundMailParser(), mapper)
                .print(List.of(bounce, complaint, garbage), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(mapper.readTree(line));
        }
        assertThat(failures).isEqualTo(1);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("recipient").asText()).isEqualTo("xia@example.com");
        assertThat(lines.get(0).get("enhanced_status_code").asText()).isEqualTo("5.1.1");
        assertThat(lines.get(0).get("bounce_type").asText()).isEqualTo("hard");
        assertThat(lines.get(0).get("reason").asText()).isEqualTo("user_unknown");
        assertThat(lines.get(0).get("kind").asText()).isEqualTo("bounce");
        assertThat(lines.get(1).get("recipient").asText()).isEqualTo("yan@example.com");
        assertThat(lines.get(1).get("bounce_type").asText()).isEqualTo("block");
        assertThat(lines.get(2).get("kind").asText()).isEqualTo("complaint");
        assertThat(lines.get(2).get("feedback_type").asText()).isEqualTo("abuse");
        assertThat(lines.get(2).get("cfbl").asBoolean()).isTrue();
        assertThat(lines.get(3).get("file").asText()).endsWith("garbage.eml");
        assertThat(lines.get(3).get("error").asText()).contains("binary");
    }
}
