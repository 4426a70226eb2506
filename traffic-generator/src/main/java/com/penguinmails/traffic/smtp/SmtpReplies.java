package com.penguinmails.traffic.smtp;

import com.penguinmails.traffic.recipients.MailboxProvider;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The replies real receiving servers give, by provider: acceptance, deferral and bounce texts with their SMTP and
 * RFC 3463 codes, and how bounce reasons are spread for each kind of bounce.
 */
public final class SmtpReplies {

    private static final char[] QUEUE_ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".toCharArray();

    private SmtpReplies() {
    }

    /** A permanent-failure reason: unknown users mostly, dead domains only on self-hosted company domains. */
    public static BounceReason hardReason(MailboxProvider provider, SplittableRandom random) {
        double r = random.nextDouble();
        if (provider == MailboxProvider.OTHER && r < 0.25) {
            return BounceReason.HOST_UNKNOWN;
        }
        return r < 0.92 ? BounceReason.USER_UNKNOWN : BounceReason.MAILBOX_DISABLED;
    }

    /** A refusal reason: company gateways refuse on policy, big providers on reputation, content and authentication. */
    public static BounceReason blockReason(MailboxProvider provider, SplittableRandom random) {
        double r = random.nextDouble();
        if (provider == MailboxProvider.MIMECAST || provider == MailboxProvider.PROOFPOINT) {
            return r < 0.6 ? BounceReason.POLICY : r < 0.85 ? BounceReason.SPAM_DETECTED : BounceReason.BLOCKED;
        }
        if (r < 0.35) {
            return BounceReason.BLOCKED;
        }
        if (r < 0.70) {
            return BounceReason.SPAM_DETECTED;
        }
        return r < 0.85 ? BounceReason.AUTHENTICATION_FAILURE : BounceReason.POLICY;
    }

    /** A temporary-failure reason that ended in a bounce. */
    public static BounceReason softReason(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.5 ? BounceReason.MAILBOX_FULL : r < 0.85 ? BounceReason.RATE_LIMITED : BounceReason.SERVER_UNAVAILABLE;
    }

    /** The acceptance reply, with a queue id. */
    public static SmtpReply delivered(MailboxProvider provider, long epochMillis, SplittableRandom random) {
        String queueId = queueId(random);
        return switch (provider) {
            case GOOGLE -> new SmtpReply(250, "2.0.0", "250 2.0.0 OK  " + epochMillis / 1000 + " "
                    + queueId.toLowerCase(Locale.ROOT) + ".12 - gsmtp");
            case MICROSOFT -> new SmtpReply(250, "2.6.0", "250 2.6.0 <" + queueId + "@mail.outlook.com> [InternalId="
                    + (random.nextLong() >>> 20) + "] Queued mail for delivery");
            case YAHOO -> new SmtpReply(250, "2.0.0", "250 ok dirdel");
            case MIMECAST -> new SmtpReply(250, "2.0.0", "250 2.0.0 Ok: queued as mimecast-" + queueId);
            case PROOFPOINT -> new SmtpReply(250, "2.0.0", "250 2.0.0 " + queueId + " Message accepted for delivery");
            default -> new SmtpReply(250, "2.0.0", "250 2.0.0 Ok: queued as " + queueId);
        };
    }

    /** A temporary refusal (4xx) that the sender retries later. */
    public static SmtpReply deferral(MailboxProvider provider, String sendingIp, SplittableRandom random) {
        return switch (provider) {
            case GOOGLE -> new SmtpReply(421, "4.7.28", "421 4.7.28 [" + sendingIp + "] Our system has detected an"
                    + " unusual rate of unsolicited mail originating from your IP address. To protect our users from spam,"
                    + " mail sent from your IP address has been temporarily rate limited. - gsmtp");
            case MICROSOFT -> new SmtpReply(451, "4.7.650", "451 4.7.650 The mail server [" + sendingIp + "] has been"
                    + " temporarily rate limited due to IP reputation.");
            case YAHOO -> new SmtpReply(421, "4.7.0", "421 4.7.0 [TSS04] Messages from " + sendingIp + " temporarily"
                    + " deferred due to unexpected volume or user complaints - 4.16.55.1;"
                    + " see https://postmaster.yahooinc.com/error-codes");
            case GMX -> new SmtpReply(450, "4.7.1", "450 4.7.1 Greylisted, please try again later");
            default -> random.nextBoolean()
                    ? new SmtpReply(450, "4.2.0", "450 4.2.0 Recipient address rejected: Greylisted, try again later")
                    : new SmtpReply(421, "4.3.2", "421 4.3.2 Service not available, closing transmission channel");
        };
    }

    /** The final reply of a bounce for {@code reason} at {@code provider}. */
    public static SmtpReply bounce(BounceReason reason, MailboxProvider provider, String sendingIp, String sendingDomain,
            String recipientDomain) {
        return switch (reason) {
            case USER_UNKNOWN -> userUnknown(provider);
            case HOST_UNKNOWN -> new SmtpReply(550, "5.1.2", "Host or domain name not found. Name service error for name="
                    + recipientDomain + " type=MX: Host not found");
            case MAILBOX_DISABLED -> new SmtpReply(550, "5.2.1", "550 5.2.1 The email account that you tried to reach is"
                    + " disabled.");
            case BLOCKED -> blocked(provider, sendingIp);
            case SPAM_DETECTED -> spam(provider, sendingIp);
            case POLICY -> policy(provider);
            case AUTHENTICATION_FAILURE -> authentication(provider, sendingDomain);
            case MAILBOX_FULL -> provider == MailboxProvider.GOOGLE
                    ? new SmtpReply(452, "4.2.2", "452 4.2.2 The recipient's inbox is out of storage space. Please"
                            + " direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp")
                    : new SmtpReply(552, "5.2.2", "552 5.2.2 Mailbox full: user is over quota");
            case RATE_LIMITED -> new SmtpReply(451, "4.4.7", "451 4.4.7 Message delayed too long: the receiving server"
                    + " kept rate limiting " + sendingIp + "; giving up after retries");
            case SERVER_UNAVAILABLE -> new SmtpReply(421, "4.4.1", "421 4.4.1 Connection timed out; delivery attempts"
                    + " expired");
        };
    }

    private static SmtpReply userUnknown(MailboxProvider provider) {
        return switch (provider) {
            case GOOGLE -> new SmtpReply(550, "5.1.1", "550 5.1.1 The email account that you tried to reach does not"
                    + " exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."
                    + " For more information, go to https://support.google.com/mail/?p=NoSuchUser - gsmtp");
            case MICROSOFT -> new SmtpReply(550, "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not"
                    + " found by SMTP address lookup");
            case YAHOO -> new SmtpReply(554, "5.7.9", "554 delivery error: dd This user doesn't have a yahoo.com"
                    + " account - mta4.mail.bf1.yahoo.com");
            case APPLE -> new SmtpReply(550, "5.1.1", "550 5.1.1 <recipient>: user does not exist");
            default -> new SmtpReply(550, "5.1.1", "550 5.1.1 Recipient address rejected: User unknown in virtual"
                    + " mailbox table");
        };
    }

    private static SmtpReply blocked(MailboxProvider provider, String sendingIp) {
        return switch (provider) {
            case MICROSOFT -> new SmtpReply(550, "5.7.1", "550 5.7.1 Unfortunately, messages from [" + sendingIp
                    + "] weren't sent. Please contact your Internet service provider since part of their network is on"
                    + " our block list (S3150).");
            case YAHOO -> new SmtpReply(553, "5.7.1", "553 5.7.1 [BL21] Connections will not be accepted from "
                    + sendingIp + ", because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes");
            default -> new SmtpReply(554, "5.7.1", "554 5.7.1 Service unavailable; Client host [" + sendingIp
                    + "] blocked using zen.spamhaus.org");
        };
    }

    private static SmtpReply spam(MailboxProvider provider, String sendingIp) {
        return switch (provider) {
            case GOOGLE -> new SmtpReply(550, "5.7.1", "550 5.7.1 [" + sendingIp + "] Our system has detected that this"
                    + " message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been"
                    + " blocked. - gsmtp");
            case YAHOO -> new SmtpReply(554, "5.7.9", "554 5.7.9 Message not accepted for policy reasons. See"
                    + " https://senders.yahooinc.com/error-codes");
            case MICROSOFT -> new SmtpReply(550, "5.7.520", "550 5.7.520 Message blocked because it contains content"
                    + " identified as spam. AS(4810)");
            default -> new SmtpReply(550, "5.7.1", "550 5.7.1 Message rejected as spam by Content Filtering");
        };
    }

    private static SmtpReply policy(MailboxProvider provider) {
        return switch (provider) {
            case MIMECAST -> new SmtpReply(550, "5.7.1", "550 Administrative prohibition - envelope blocked -"
                    + " https://community.mimecast.com/docs/DOC-1369#550");
            case PROOFPOINT -> new SmtpReply(550, "5.7.1", "550 5.7.1 Message rejected due to local policy");
            default -> new SmtpReply(550, "5.7.1", "550 5.7.1 Delivery not authorized, message refused by recipient"
                    + " policy");
        };
    }

    private static SmtpReply authentication(MailboxProvider provider, String sendingDomain) {
        return switch (provider) {
            case GOOGLE -> new SmtpReply(550, "5.7.26", "550 5.7.26 Unauthenticated email from " + sendingDomain
                    + " is not accepted due to domain's DMARC policy. Please contact the administrator of " + sendingDomain
                    + " domain if this was a legitimate mail. - gsmtp");
            case MICROSOFT -> new SmtpReply(550, "5.7.515", "550 5.7.515 Access denied, sending domain " + sendingDomain
                    + " does not meet the required authentication level.");
            default -> new SmtpReply(550, "5.7.23", "550 5.7.23 The message was rejected because of Sender Policy"
                    + " Framework violation");
        };
    }

    private static String queueId(SplittableRandom random) {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = QUEUE_ID_CHARS[random.nextInt(QUEUE_ID_CHARS.length)];
        }
        return new String(id);
    }
}
