package com.penguinmails.ingestion.inbound;

import com.penguinmails.ingestion.bounce.UnparseableMailException;
import com.penguinmails.ingestion.events.PublishFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/**
 * One SMTP mail transaction of the {@link BounceSmtpListener}: accepts only verified VERP recipients of the bounce
 * domains, then records the message for each of them.
 */
final class BounceMessageHandler implements MessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BounceMessageHandler.class);
    private static final int MAX_REPLY_TEXT = 200;

    private final Set<String> bounceDomains;
    private final VerpAddresses verp;
    private final InboundMailRecorder recorder;
    private final long maxBytes;
    private final List<VerpAddress> recipients = new ArrayList<>();

    BounceMessageHandler(Set<String> bounceDomains, VerpAddresses verp, InboundMailRecorder recorder, long maxBytes) {
        this.bounceDomains = bounceDomains;
        this.verp = verp;
        this.recorder = recorder;
        this.maxBytes = maxBytes;
    }

    @Override
    public void from(String from) {
        // Bounces come from the null sender <>, replies from anyone: the recipient is what is checked.
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        Optional<VerpAddress> address = verp.verify(recipient)
                .filter(verified -> bounceDomains.contains(verified.domain()));
        if (address.isEmpty()) {
            throw new RejectException(550, "5.1.1 <" + printable(recipient) + ">: no such bounce address here");
        }
        recipients.add(address.get());
    }

    /**
     * Reads and records the message. A refusal closes the connection after its reply: SubEthaSMTP 7.2.2 leaves the mail
     * transaction open after a refused DATA, so the sender's next MAIL FROM would get 503; on a new connection it
     * starts cleanly.
     */
    @Override
    public String data(InputStream data) throws RejectException, IOException {
        byte[] message;
        try {
            message = BoundedRead.readAll(data, maxBytes);
        } catch (MessageTooLargeException e) {
            // The rest of DATA must be read before answering, or it would be taken for commands.
            BoundedRead.discard(data, Long.MAX_VALUE);
            throw new DropConnectionException(552, "5.3.4 message exceeds the limit of " + maxBytes + " bytes");
        }
        try {
            RecordedMail mail = recorder.recordForEnvelope(recipients, message);
            return "2.6.0 " + mail.analysis().kind().name().toLowerCase(Locale.ROOT) + ": "
                    + mail.events().size() + " event(s) recorded";
        } catch (UnparseableMailException e) {
            throw new DropConnectionException(554, "5.6.0 message refused: " + printable(e.getMessage()));
        } catch (PublishFailedException e) {
            LOG.warn("inbound mail for {} could not be stored: {}", recipients, e.getMessage());
            throw new DropConnectionException(451, "4.3.0 the message could not be stored now, try again later");
        } catch (RuntimeException e) {
            LOG.error("inbound mail for {} failed unexpectedly", recipients, e);
            throw new DropConnectionException(451, "4.3.0 internal error, try again later");
        }
    }

    @Override
    public void done() {
        recipients.clear();
    }

    /** Text safe for a one-line SMTP reply: printable ASCII only, bounded. */
    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_REPLY_TEXT));
        for (int i = 0; i < text.length() && safe.length() < MAX_REPLY_TEXT; i++) {
            char c = text.charAt(i);
            safe.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return safe.toString();
    }
}
