package com.penguinmails.ingestion.bounce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the analysis of mail files as JSON lines, one object per recipient per file (one object per file when it
 * reports on no recipient, such as a complaint or an auto-reply, and one object with {@code error} when the file cannot
 * be read or parsed). The offline counterpart of the inbound endpoints, used by the {@code classify} command.
 */
public final class ClassificationPrinter {

    private final InboundMailParser parser;
    private final ObjectMapper mapper;

    public ClassificationPrinter(InboundMailParser parser, ObjectMapper mapper) {
        this.parser = parser;
        this.mapper = mapper;
    }

    /**
     * Analyses every file and prints its lines to {@code out}.
     *
     * @return the number of files that could not be analysed
     */
    public int print(List<Path> files, PrintStream out) throws JsonProcessingException {
        int failures = 0;
        for (Path file : files) {
            MailAnalysis analysis;
            try {
                analysis = parser.analyze(Files.readAllBytes(file));
            } catch (IOException | UnparseableMailException e) {
                failures++;
                ObjectNode error = mapper.createObjectNode();
                error.put("file", file.toString());
                error.put("error", e instanceof IOException ? "cannot read: " + e.getMessage() : e.getMessage());
                out.println(mapper.writeValueAsString(error));
                continue;
            }
            if (analysis.recipients().isEmpty()) {
                out.println(mapper.writeValueAsString(line(file, analysis, null)));
            }
            for (RecipientOutcome recipient : analysis.recipients()) {
                out.println(mapper.writeValueAsString(line(file, analysis, recipient)));
            }
        }
        return failures;
    }

    private ObjectNode line(Path file, MailAnalysis analysis, RecipientOutcome outcome) {
        ObjectNode node = mapper.createObjectNode();
        node.put("file", file.toString());
        node.put("kind", analysis.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (outcome != null) {
            node.put("recipient", outcome.recipient());
            node.put("action", outcome.action());
            node.put("enhanced_status_code", outcome.enhancedStatusCode());
            node.put("smtp_code", outcome.smtpCode());
            node.put("bounce_type", outcome.bounceType().name());
            node.put("reason", outcome.reason().code());
            node.put("diagnostic", outcome.diagnostic());
            node.put("remote_mta", outcome.remoteMta());
        }
        Correlation correlation = analysis.correlation();
        node.put("original_message_id", correlation.originalMessageId());
        node.put("in_reply_to", correlation.inReplyTo());
        node.set("candidate_verp_addresses", mapper.valueToTree(correlation.candidateVerpAddresses()));
        ComplaintReport complaint = analysis.complaint();
        if (complaint != null) {
            node.put("feedback_type", complaint.feedbackType());
            node.put("complaint_recipient", complaint.originalRecipient());
            node.put("original_mail_from", complaint.originalMailFrom());
            node.put("user_agent", complaint.userAgent());
            node.put("source_ip", complaint.sourceIp());
            node.put("feedback_id", complaint.feedbackId());
            node.put("cfbl", complaint.cfbl());
        }
        node.set("evidence", mapper.valueToTree(analysis.evidence()));
        return node;
    }
}
