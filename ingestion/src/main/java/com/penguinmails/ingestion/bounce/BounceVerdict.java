package com.penguinmails.ingestion.bounce;

import com.penguinmails.events.v1.BounceType;
import java.util.List;

/**
 * What {@link BounceClassifier} concluded about one failed or delayed recipient.
 *
 * @param enhancedStatusCode the code reported or, when the report has none, inferred; null when unknown
 * @param smtpCode the SMTP reply code, or null
 * @param bounceType hard, soft, block or undetermined
 * @param reason the fine-grained reason
 * @param evidence the rules that fired
 */
record BounceVerdict(String enhancedStatusCode, Integer smtpCode, BounceType bounceType, BounceReason reason,
        List<String> evidence) {
}
