package com.penguinmails.ingestion.bounce;

import java.util.ArrayList;
import java.util.List;

/** The parts of an inbound message that matter for analysis, gathered by {@link MimeWalker}. Mutable, one per call. */
final class MailParts {

    /** The top-level header section. */
    FieldBlock headers = new FieldBlock();
    /** The top-level Content-Type, lower-cased, or "text/plain". */
    String contentType = "text/plain";
    /** The report-type parameter of a top-level multipart/report, lower-cased, or null. */
    String reportType;
    /** Text of message/delivery-status parts (or text parts that are plainly one). */
    final StringBuilder deliveryStatus = new StringBuilder();
    /** Text of message/feedback-report parts. */
    final StringBuilder feedbackReport = new StringBuilder();
    /** Header section of the returned or embedded original message, or null. */
    FieldBlock returnedHeaders;
    /** Human-readable text (text/plain, else text/html stripped of tags). */
    final StringBuilder text = new StringBuilder();
    final StringBuilder html = new StringBuilder();
    /** Whether a multipart ended without its closing boundary. */
    boolean truncated;
    final List<String> evidence = new ArrayList<>();
}
