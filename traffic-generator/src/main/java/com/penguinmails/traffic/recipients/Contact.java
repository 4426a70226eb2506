package com.penguinmails.traffic.recipients;

import com.penguinmails.traffic.engagement.SecurityScanner;

/**
 * One recipient of a tenant, fixed for as long as the contact stays on the tenant's list.
 *
 * @param contactId stable id, e.g. {@code ct-000042}
 * @param domain the recipient's mail domain (free-mail or company)
 * @param provider who hosts the mailbox
 * @param mxHost the MX host mail for the domain is delivered to, matching the provider
 * @param corporate whether the domain is a company's (Workspace, Microsoft 365, behind a gateway, self-hosted)
 * @param timeZone IANA zone of the recipient
 * @param client how the recipient reads mail
 * @param scanner the security gateway that scans the recipient's incoming links, or null
 * @param ip the address the person browses from
 * @param browserUserAgent the person's browser, for clicks
 * @param mailClientUserAgent the person's mail client, for direct opens
 * @param propensity how much more (above 1) or less likely than average this person is to engage
 */
public record Contact(
        String contactId,
        String domain,
        MailboxProvider provider,
        String mxHost,
        boolean corporate,
        String timeZone,
        MailClient client,
        SecurityScanner scanner,
        String ip,
        String browserUserAgent,
        String mailClientUserAgent,
        double propensity) {
}
