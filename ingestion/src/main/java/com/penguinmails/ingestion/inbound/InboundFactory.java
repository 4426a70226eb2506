package com.penguinmails.ingestion.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code inbound} configuration section: the size limit of {@code POST /v1/inbound/messages}, the VERP local-part
 * limit, and the SMTP listener. See ingestion/INBOUND.md.
 */
public class InboundFactory {

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 100, unit = DataSizeUnit.MEBIBYTES)
    private DataSize maxMessageSize = DataSize.mebibytes(10);

    @Min(VerpAddresses.RFC_5321_LOCAL_PART_LIMIT)
    @Max(VerpAddresses.MAX_LOCAL_PART)
    private int maxVerpLocalPartLength = VerpAddresses.RFC_5321_LOCAL_PART_LIMIT;

    @Valid
    @NotNull
    private SmtpListenerFactory smtp = new SmtpListenerFactory();

    /** Largest message {@code POST /v1/inbound/messages} accepts (413 above it). */
    @JsonProperty
    public DataSize getMaxMessageSize() {
        return maxMessageSize;
    }

    @JsonProperty
    public void setMaxMessageSize(DataSize maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    /**
     * Longest VERP local part made: 64 keeps to RFC 5321; more only for senders whose ids do not fit and whose MTAs
     * accept longer local parts.
     */
    @JsonProperty
    public int getMaxVerpLocalPartLength() {
        return maxVerpLocalPartLength;
    }

    @JsonProperty
    public void setMaxVerpLocalPartLength(int maxVerpLocalPartLength) {
        this.maxVerpLocalPartLength = maxVerpLocalPartLength;
    }

    /** What the parser must accept: the larger of the HTTP and SMTP limits, each enforced before it runs. */
    public int parserLimit() {
        long larger = Math.max(maxMessageSize.toBytes(), smtp.getMaxMessageSize().toBytes());
        return (int) Math.min(Integer.MAX_VALUE, larger);
    }

    @JsonProperty
    public SmtpListenerFactory getSmtp() {
        return smtp;
    }

    @JsonProperty
    public void setSmtp(SmtpListenerFactory smtp) {
        this.smtp = smtp;
    }
}
