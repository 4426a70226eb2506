package com.penguinmails.traffic;

import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.events.v1.SendDetails;
import com.penguinmails.traffic.engagement.RequestOrigins;
import com.penguinmails.traffic.engagement.SecurityScanner;
import com.penguinmails.traffic.recipients.Contact;
import com.penguinmails.traffic.recipients.ContactDirectory;
import com.penguinmails.traffic.recipients.MailClient;
import com.penguinmails.traffic.recipients.MailboxProvider;
import com.penguinmails.traffic.recipients.RecipientTimeZones;
import com.penguinmails.traffic.senders.Campaign;
import com.penguinmails.traffic.senders.Tenant;
import com.penguinmails.traffic.smtp.BounceReason;
import com.penguinmails.traffic.smtp.SmtpReplies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One run of the traffic model: an endless, time-ordered iterator of events. Sends arrive as a Poisson process; each
 * send's later events (delivery, deferrals, bounces, opens, clicks, replies...) are decided when the event before them
 * happens and wait in a priority queue until their simulated time. Not thread-safe.
 */
final class TrafficSimulation implements Iterator<GeneratedEvent> {

    private static final long SECOND = 1_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final double FOLLOW_UP_HARD_BOUNCE_FACTOR = 0.1;
    /** Later steps of a sequence get fewer replies: each about three quarters of the step before. */
    private static final double[] REPLY_DECAY_BY_STEP = {1.0, 0.75, 0.5625, 0.421875};
    private static final double MPP_PREFETCH_RATE = 0.97;
    private static final double REOPEN_RATE = 0.3;
    private static final double SECOND_CLICK_RATE = 0.2;
    private static final double ASYNC_HARD_BOUNCE_SHARE = 0.15;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final OutcomeRates rates;
    private final ProviderRates providerRates;
    private final SplittableRandom random;
    private final SplittableRandom eventIds;
    private final SplittableRandom messageIds;
    private final TenantTraffic[] tenants;
    private final double[] tenantCumulativeShares;
    private final RecipientTimeZones timeZones = new RecipientTimeZones();
    private final PriorityQueue<Pending> queue = new PriorityQueue<>();
    private final double meanSendGapMillis;
    private double nextSendAt;
    private long order;

    TrafficSimulation(TrafficSettings settings, List<Tenant> setups) {
        this.rates = settings.rates();
        this.providerRates = new ProviderRates(settings.rates(), settings.providerMix());
        this.random = new SplittableRandom(settings.seed());
        this.eventIds = new SplittableRandom(settings.seed() ^ 0x3C6EF372FE94F82BL);
        this.messageIds = new SplittableRandom(settings.seed() ^ 0xA54FF53A5F1D36F1L);
        this.tenants = new TenantTraffic[setups.size()];
        this.tenantCumulativeShares = new double[setups.size()];
        double totalWeight = 0;
        for (int i = 0; i < setups.size(); i++) {
            totalWeight += 1.0 / (i + 1);
        }
        double running = 0;
        for (int i = 0; i < setups.size(); i++) {
            long listSeed = new SplittableRandom(settings.seed() + 0x9E3779B97F4A7C15L * (i + 1)).nextLong();
            tenants[i] = new TenantTraffic(i, setups.get(i), new ContactDirectory(listSeed, settings.contactsPerTenant(),
                    settings.providerMix(), settings.appleMailShare()));
            running += 1.0 / (i + 1) / totalWeight;
            tenantCumulativeShares[i] = running;
        }
        this.meanSendGapMillis = 1000.0 / settings.sendsPerSecond();
        this.nextSendAt = settings.start().toEpochMilli();
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public GeneratedEvent next() {
        while (true) {
            Pending head = queue.peek();
            long sendAt = (long) nextSendAt;
            if (head == null || sendAt <= head.at) {
                startSend(sendAt);
                nextSendAt += random.nextExponential() * meanSendGapMillis;
                continue;
            }
            queue.poll();
            return emit(head);
        }
    }

    private void startSend(long at) {
        TenantTraffic tenant = tenants[pickTenant()];
        Enrollment enrollment = tenant.dueFollowUp(at);
        if (enrollment == null) {
            enrollment = enroll(tenant);
        }
        Tenant setup = tenant.tenant;
        int step = enrollment.nextStep;
        Message message = new Message(id("m-", messageIds.nextLong()), setup, enrollment, step,
                setup.mailboxes(enrollment.sendingDomain).get(enrollment.mailbox),
                setup.sendingDomains().get(enrollment.sendingDomain),
                setup.sendingIp(enrollment.sendingDomain, enrollment.mailbox),
                Campaign.VARIANTS.get(enrollment.variant));
        schedule(at, EventType.send, message);
        if (step < enrollment.campaign.steps()) {
            enrollment.nextStep = step + 1;
            enrollment.dueAt = at + 2 * DAY + random.nextLong(2 * DAY);
            enrollment.order = order++;
            tenant.followUps.add(enrollment);
        }
    }

    private Enrollment enroll(TenantTraffic tenant) {
        Tenant setup = tenant.tenant;
        Campaign campaign = setup.campaigns().get(random.nextInt(setup.campaigns().size()));
        int variant = random.nextInt(Campaign.VARIANTS.size());
        int domain = random.nextInt(setup.sendingDomains().size());
        int mailbox = random.nextInt(setup.mailboxes(domain).size());
        int slot = random.nextInt(tenant.contacts.size());
        return new Enrollment(tenant.index, campaign, variant, domain, mailbox, slot, tenant.contacts.contact(slot));
    }

    private int pickTenant() {
        double r = random.nextDouble();
        for (int i = 0; i < tenantCumulativeShares.length - 1; i++) {
            if (r < tenantCumulativeShares[i]) {
                return i;
            }
        }
        return tenantCumulativeShares.length - 1;
    }

    private GeneratedEvent emit(Pending pending) {
        Message message = pending.message;
        switch (pending.type) {
            case send -> decideDelivery(message, pending.at);
            case deferred -> continueAfterDeferral(pending);
            case delivered -> {
                message.deliveredAt = pending.at;
                decideEngagement(message);
            }
            case bounce -> {
                if (pending.bounceReason.type() == BounceType.hard) {
                    endSequence(message, true);
                }
            }
            case reply -> {
                if (!pending.autoReply) {
                    endSequence(message, false);
                    if (random.nextDouble() < rates.meetingBooked()) {
                        Pending meeting = schedule(pending.at + clampedLogNormal(DAY, 1.0, HOUR, 5 * DAY),
                                EventType.conversion, message);
                        meeting.conversionType = "meeting_booked";
                    }
                }
            }
            case unsubscribe, complaint -> endSequence(message, true);
            case conversion -> {
                if ("meeting_booked".equals(pending.conversionType) && random.nextDouble() < rates.dealWon()) {
                    Pending deal = schedule(pending.at + 3 * DAY + random.nextLong(18 * DAY), EventType.conversion,
                            message);
                    deal.conversionType = "deal_won";
                    double value = Math.min(500_000, 8_000 * Math.exp(0.8 * random.nextGaussian()));
                    deal.conversionValue = BigDecimal.valueOf(Math.round(value * 100), 2).setScale(4, RoundingMode.UNNECESSARY);
                }
            }
            default -> {
            }
        }
        return new GeneratedEvent(toEvent(pending), pending.label);
    }

    private void decideDelivery(Message message, long sentAt) {
        MailboxProvider provider = message.contact.provider();
        double hard = providerRates.hardBounce(provider) * (message.step == 1 ? 1 : FOLLOW_UP_HARD_BOUNCE_FACTOR);
        double block = providerRates.block(provider) * message.tenant.blockMultiplier(message.enrollment.sendingDomain);
        double soft = providerRates.softBounce(provider);
        double r = random.nextDouble();
        if (r < hard) {
            long delay = random.nextDouble() < ASYNC_HARD_BOUNCE_SHARE
                    ? MINUTE + random.nextLong(29 * MINUTE)
                    : 300 + random.nextLong(3_700);
            bounce(sentAt + delay, message, SmtpReplies.hardReason(provider, random));
        } else if (r < hard + block) {
            bounce(sentAt + 300 + random.nextLong(3_700), message, SmtpReplies.blockReason(provider, random));
        } else if (r < hard + block + soft) {
            BounceReason reason = SmtpReplies.softReason(random);
            if (reason.afterDeferrals()) {
                defer(sentAt + 500 + random.nextLong(4_500), message, 1 + random.nextInt(3), reason);
            } else {
                bounce(sentAt + SECOND + random.nextLong(4 * SECOND), message, reason);
            }
        } else if (random.nextDouble() < providerRates.deferral(provider)) {
            defer(sentAt + 500 + random.nextLong(4_500), message, random.nextInt(3), null);
        } else {
            schedule(sentAt + 400 + random.nextLong(5_600), EventType.delivered, message).reply =
                    SmtpReplies.delivered(provider, sentAt, random);
        }
    }

    private void defer(long at, Message message, int deferralsLeft, BounceReason finalBounce) {
        Pending deferral = schedule(at, EventType.deferred, message);
        deferral.reply = SmtpReplies.deferral(message.contact.provider(), message.sendingIp, random);
        deferral.deferralsLeft = deferralsLeft;
        deferral.finalBounce = finalBounce;
    }

    private void continueAfterDeferral(Pending deferral) {
        Message message = deferral.message;
        if (deferral.deferralsLeft > 0) {
            defer(deferral.at + 10 * MINUTE + random.nextLong(HOUR), message, deferral.deferralsLeft - 1,
                    deferral.finalBounce);
        } else if (deferral.finalBounce != null) {
            bounce(deferral.at + HOUR + random.nextLong(5 * HOUR), message, deferral.finalBounce);
        } else {
            schedule(deferral.at + 10 * MINUTE + random.nextLong(HOUR), EventType.delivered, message).reply =
                    SmtpReplies.delivered(message.contact.provider(), deferral.at, random);
        }
    }

    private void bounce(long at, Message message, BounceReason reason) {
        Pending bounce = schedule(at, EventType.bounce, message);
        bounce.bounceReason = reason;
        bounce.reply = SmtpReplies.bounce(reason, message.contact.provider(), message.sendingIp, message.sendingDomain,
                message.contact.domain());
    }

    private void decideEngagement(Message message) {
        long delivered = message.deliveredAt;
        Contact contact = message.contact;
        MailboxProvider provider = contact.provider();
        Campaign campaign = message.enrollment.campaign;
        int variant = message.enrollment.variant;

        if (contact.client() == MailClient.APPLE_MAIL && random.nextDouble() < MPP_PREFETCH_RATE) {
            open(delivered + 2 * SECOND + random.nextLong(88 * SECOND), message, TrafficLabel.APPLE_MPP,
                    RequestOrigins.appleProxyIp(random), RequestOrigins.APPLE_MPP_USER_AGENT);
        }
        if (contact.scanner() != null) {
            scan(delivered + SECOND + random.nextLong(14 * SECOND), message, contact.scanner());
        }
        if (random.nextDouble() < rates.botVisit()) {
            crawl(delivered + clampedLogNormal(10 * HOUR, 1.0, 10 * MINUTE, 5 * DAY), message);
        }
        if (random.nextDouble() < providerRates.autoReply(provider)) {
            schedule(delivered + 3 * SECOND + random.nextLong(117 * SECOND), EventType.reply, message).autoReply = true;
        }
        if (random.nextDouble() < providerRates.complaint(provider)) {
            schedule(delivered + clampedLogNormal(5 * HOUR, 1.2, MINUTE, 3 * DAY), EventType.complaint, message);
        }

        double read = Math.min(1, providerRates.read(provider) * campaign.readMultiplier(variant) * contact.propensity());
        boolean reads = random.nextDouble() < read;
        if (reads) {
            message.readAt = whenAwake(delivered, contact.timeZone());
        }
        if (random.nextDouble() < rates.unsubscribe()) {
            long at = reads
                    ? message.readAt + 5 * SECOND + random.nextLong(175 * SECOND)
                    : delivered + clampedLogNormal(6 * HOUR, 1.0, 5 * MINUTE, 4 * DAY);
            schedule(at, EventType.unsubscribe, message);
        }
        if (!reads) {
            return;
        }
        personOpens(message);
        if (random.nextDouble() < rates.click() * contact.propensity() / read) {
            personClicks(message);
        }
        double reply = rates.reply() * campaign.replyMultiplier(variant) * contact.propensity()
                * REPLY_DECAY_BY_STEP[Math.min(message.step, REPLY_DECAY_BY_STEP.length) - 1];
        if (random.nextDouble() < reply / read) {
            schedule(message.readAt + clampedLogNormal(2 * HOUR, 1.0, 2 * MINUTE, 2 * DAY), EventType.reply, message);
        }
    }

    /** A read time: minutes to days after {@code from}, more likely when the recipient is at work. */
    private long whenAwake(long from, String zone) {
        long at = from;
        for (int attempt = 0; attempt < 12; attempt++) {
            at = from + clampedLogNormal(150 * MINUTE, 1.2, 30 * SECOND, 4 * DAY);
            if (random.nextDouble() < timeZones.activity(zone, at)) {
                return at;
            }
        }
        return at;
    }

    private void personOpens(Message message) {
        long at = message.readAt;
        personOpen(at, message);
        for (int reopen = 0; reopen < 3 && random.nextDouble() < REOPEN_RATE; reopen++) {
            at += clampedLogNormal(5 * HOUR, 1.0, 5 * MINUTE, 3 * DAY);
            personOpen(at, message);
        }
    }

    private void personOpen(long at, Message message) {
        Contact contact = message.contact;
        switch (contact.client()) {
            case DIRECT -> open(at, message, TrafficLabel.HUMAN, contact.ip(), contact.mailClientUserAgent());
            case PROXIED_WEBMAIL -> {
                boolean yahoo = contact.provider() == MailboxProvider.YAHOO;
                open(at, message, TrafficLabel.IMAGE_PROXY,
                        yahoo ? RequestOrigins.yahooProxyIp(random) : RequestOrigins.googleProxyIp(random),
                        yahoo ? RequestOrigins.YAHOO_IMAGE_PROXY_USER_AGENT : RequestOrigins.GOOGLE_IMAGE_PROXY_USER_AGENT);
            }
            case APPLE_MAIL -> {
                // MPP already fetched the pixel at delivery; the person's read leaves no trace.
            }
        }
    }

    private void personClicks(Message message) {
        List<String> links = message.enrollment.campaign.links();
        long at = message.readAt + clampedLogNormal(40 * SECOND, 1.0, 2 * SECOND, 30 * MINUTE);
        int link = random.nextInt(links.size());
        click(at, message, TrafficLabel.HUMAN, link, "GET", message.contact.ip(), message.contact.browserUserAgent());
        if (links.size() > 1 && random.nextDouble() < SECOND_CLICK_RATE) {
            int other = (link + 1 + random.nextInt(links.size() - 1)) % links.size();
            click(at + 5 * SECOND + random.nextLong(115 * SECOND), message, TrafficLabel.HUMAN, other, "GET",
                    message.contact.ip(), message.contact.browserUserAgent());
        }
    }

    /** A gateway checks every link of the message in quick succession, sometimes fetching the pixel first. */
    private void scan(long at, Message message, SecurityScanner scanner) {
        String ip = scanner.ip(random);
        String userAgent = scanner.userAgent(random);
        String method = scanner.httpMethod(random);
        if (random.nextDouble() < scanner.pixelFetchRate()) {
            open(at - 100 - random.nextLong(400), message, TrafficLabel.SECURITY_SCANNER, ip, userAgent);
        }
        List<String> links = message.enrollment.campaign.links();
        long linkAt = at;
        for (int link = 0; link < links.size(); link++) {
            click(linkAt, message, TrafficLabel.SECURITY_SCANNER, link, method, ip, userAgent);
            linkAt += 150 + random.nextLong(550);
        }
    }

    private void crawl(long at, Message message) {
        String ip = RequestOrigins.hostingIp(random);
        String userAgent = RequestOrigins.crawler(random);
        List<String> links = message.enrollment.campaign.links();
        int requests = 1 + random.nextInt(3);
        for (int i = 0; i < requests; i++) {
            if (random.nextDouble() < 0.7) {
                click(at, message, TrafficLabel.BOT, random.nextInt(links.size()), "GET", ip, userAgent);
            } else {
                open(at, message, TrafficLabel.BOT, ip, userAgent);
            }
            at += 200 + random.nextLong(2_800);
        }
    }

    private void open(long at, Message message, TrafficLabel label, String ip, String userAgent) {
        Pending open = schedule(at, EventType.open, message);
        open.label = label;
        open.ip = ip;
        open.userAgent = userAgent;
        open.httpMethod = "GET";
    }

    private void click(long at, Message message, TrafficLabel label, int link, String method, String ip,
            String userAgent) {
        Pending click = schedule(at, EventType.click, message);
        click.label = label;
        click.ip = ip;
        click.userAgent = userAgent;
        click.url = message.enrollment.campaign.links().get(link);
        click.linkIndex = link;
        click.httpMethod = method;
    }

    /** Stops the message's sequence; a contact who bounced hard, unsubscribed or complained also leaves the list. */
    private void endSequence(Message message, boolean removeContact) {
        Enrollment enrollment = message.enrollment;
        enrollment.stopped = true;
        ContactDirectory contacts = tenants[enrollment.tenant].contacts;
        if (removeContact && contacts.contact(enrollment.contactSlot) == message.contact) {
            contacts.replace(enrollment.contactSlot);
        }
    }

    private Pending schedule(long at, EventType type, Message message) {
        Pending pending = new Pending(at, order++, type, message);
        queue.add(pending);
        return pending;
    }

    private long clampedLogNormal(long median, double sigma, long min, long max) {
        double value = median * Math.exp(sigma * random.nextGaussian());
        return Math.max(min, Math.min(max, (long) value));
    }

    private Event toEvent(Pending pending) {
        Message message = pending.message;
        Contact contact = message.contact;
        Instant at = Instant.ofEpochMilli(pending.at);
        Event event = new Event();
        event.setEventId(id("e-", eventIds.nextLong()));
        event.setTenantId(message.tenant.id());
        event.setType(pending.type);
        event.setOccurredAt(at);
        event.setReceivedAt(at);
        event.setWorkspaceId(message.tenant.workspaceId());
        event.setContactId(contact.contactId());
        event.setRecipientDomain(contact.domain());
        if (pending.type != EventType.conversion) {
            event.setMessageId(message.messageId);
            event.setCampaignId(message.enrollment.campaign.id());
            event.setVariant(message.variant);
            event.setSequenceStep(message.step);
            event.setMailbox(message.mailbox);
            event.setSendingDomain(message.sendingDomain);
            event.setSendingIp(message.sendingIp);
        }
        switch (pending.type) {
            case send -> event.setSend(new SendDetails(contact.timeZone()));
            case delivered, deferred -> event.setDelivery(new DeliveryDetails(contact.mxHost(), pending.reply.code(),
                    pending.reply.enhancedStatusCode(), pending.reply.diagnostic()));
            case bounce -> event.setBounce(new BounceDetails(pending.bounceReason.type(), pending.bounceReason.code(),
                    pending.reply.enhancedStatusCode(), pending.reply.code(), pending.reply.diagnostic(),
                    pending.bounceReason == BounceReason.HOST_UNKNOWN ? null : contact.mxHost()));
            case open, click -> event.setEngagement(new EngagementDetails(pending.ip, pending.userAgent, pending.url,
                    pending.linkIndex, pending.httpMethod, null));
            case reply -> event.setReply(new ReplyDetails(pending.autoReply));
            case complaint -> event.setComplaint(new ComplaintDetails("abuse"));
            case conversion -> event.setConversion(new ConversionDetails(pending.conversionType, pending.conversionValue,
                    pending.conversionValue == null ? null : message.tenant.currency()));
            default -> {
            }
        }
        return event;
    }

    private static String id(String prefix, long value) {
        char[] chars = new char[prefix.length() + 16];
        prefix.getChars(0, prefix.length(), chars, 0);
        for (int i = chars.length - 1; i >= prefix.length(); i--) {
            chars[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
        return new String(chars);
    }
}
