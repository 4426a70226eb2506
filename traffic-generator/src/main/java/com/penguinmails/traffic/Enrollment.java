package com.penguinmails.traffic;

import com.penguinmails.traffic.recipients.Contact;
import com.penguinmails.traffic.senders.Campaign;

/** One contact going through one campaign's sequence, from one mailbox; waits in its tenant's follow-up queue. */
final class Enrollment {

    final int tenant;
    final Campaign campaign;
    final int variant;
    final int sendingDomain;
    final int mailbox;
    final int contactSlot;
    final Contact contact;
    /** The step the next message of the sequence will be. */
    int nextStep = 1;
    /** Set when a reply, unsubscribe, complaint or hard bounce ends the sequence. */
    boolean stopped;
    long dueAt;
    long order;

    Enrollment(int tenant, Campaign campaign, int variant, int sendingDomain, int mailbox, int contactSlot, Contact contact) {
        this.tenant = tenant;
        this.campaign = campaign;
        this.variant = variant;
        this.sendingDomain = sendingDomain;
        this.mailbox = mailbox;
        this.contactSlot = contactSlot;
        this.contact = contact;
    }
}
