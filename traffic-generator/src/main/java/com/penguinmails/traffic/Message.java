package com.penguinmails.traffic;

import com.penguinmails.traffic.recipients.Contact;
import com.penguinmails.traffic.senders.Tenant;

/** One sent message: the fields every event about it repeats, and what its later events need to know. */
final class Message {

    final String messageId;
    final Tenant tenant;
    final Enrollment enrollment;
    final int step;
    final String mailbox;
    final String sendingDomain;
    final String sendingIp;
    final String variant;
    final Contact contact;
    /** When it was delivered, once known; engagement is timed from here. */
    long deliveredAt;
    /** When the person reads it, or -1 if they never do. */
    long readAt = -1;

    Message(String messageId, Tenant tenant, Enrollment enrollment, int step, String mailbox, String sendingDomain,
            String sendingIp, String variant) {
        this.messageId = messageId;
        this.tenant = tenant;
        this.enrollment = enrollment;
        this.step = step;
        this.mailbox = mailbox;
        this.sendingDomain = sendingDomain;
        this.sendingIp = sendingIp;
        this.variant = variant;
        this.contact = enrollment.contact;
    }
}
