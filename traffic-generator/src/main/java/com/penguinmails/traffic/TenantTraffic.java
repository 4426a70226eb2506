package com.penguinmails.traffic;

import com.penguinmails.traffic.recipients.ContactDirectory;
import com.penguinmails.traffic.senders.Tenant;
import java.util.Comparator;
import java.util.PriorityQueue;

/** A tenant during the simulation: its set-up, its contact list and the follow-ups waiting to be sent. */
final class TenantTraffic {

    final int index;
    final Tenant tenant;
    final ContactDirectory contacts;
    final PriorityQueue<Enrollment> followUps = new PriorityQueue<>(
            Comparator.comparingLong((Enrollment e) -> e.dueAt).thenComparingLong(e -> e.order));

    TenantTraffic(int index, Tenant tenant, ContactDirectory contacts) {
        this.index = index;
        this.tenant = tenant;
        this.contacts = contacts;
    }

    /** The earliest follow-up due at {@code now} whose sequence is still running, or null. */
    Enrollment dueFollowUp(long now) {
        while (!followUps.isEmpty() && followUps.peek().dueAt <= now) {
            Enrollment enrollment = followUps.poll();
            if (!enrollment.stopped && contacts.contact(enrollment.contactSlot) == enrollment.contact) {
                return enrollment;
            }
        }
        return null;
    }
}
