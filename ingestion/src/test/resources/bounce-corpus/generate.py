#!/usr/bin/env python3
"""Writes the bounce corpus: one <source>/<name>.eml and the expected <source>/<name>.json per case.

The messages are written by hand from the formats documented in the RFCs and by the MTAs and providers (sources in
ingestion/BOUNCES.md); this script only fills the repetitive MIME framing. The expected labels are set here per case,
by reading the diagnostic, independently of the classifier. Re-run: python3 generate.py (from this directory).
"""
import json, os

VERP = "bounces+t1.m-{n}@bounce.penguinmails.test"
SENDER_DOMAIN = "send.acme.io"
cases = []

def orig_headers(n, to):
    return (f"Return-Path: <{VERP.format(n=n)}>\nMessage-ID: <m-{n}@{SENDER_DOMAIN}>\nFrom: Sam <sam@{SENDER_DOMAIN}>\n"
            f"To: {to}\nSubject: Quick question about your Q4 pipeline\nDate: Wed, 25 Nov 2026 10:00:00 +0000\n"
            f"Feedback-ID: c-1:t1:penguinmails:acme\nX-PM-Message: m-{n}\n")

def r(rcpt, code, btype, reason):
    return {"recipient": rcpt, "enhanced_status_code": code, "bounce_type": btype, "reason": reason}

def add(source, name, eml, kind, recipients=(), feedback_type=None):
    exp = {"kind": kind, "recipients": list(recipients)}
    if feedback_type:
        exp["feedback_type"] = feedback_type
    cases.append((source, name, eml.replace("\n", "\r\n") if len(cases) % 3 == 0 else eml, exp))

def dsn(n, mta, from_, subject, human, groups, per_message=None, status_type="message/delivery-status",
        returned="text/rfc822-headers", rcpt_for_orig="x@example.com", extra=""):
    b = f"=_b{n}_"
    pm = per_message if per_message is not None else f"Reporting-MTA: dns; {mta}\nArrival-Date: Wed, 25 Nov 2026 10:00:01 +0000\n"
    g = "\n".join(groups)
    return (f"Return-Path: <>\nReceived: from {mta} by mx.bounce.penguinmails.test; Wed, 25 Nov 2026 10:00:05 +0000\n"
            f"Delivered-To: {VERP.format(n=n)}\nFrom: {from_}\nTo: {VERP.format(n=n)}\nSubject: {subject}\n"
            f"Date: Wed, 25 Nov 2026 10:00:04 +0000\nMessage-ID: <dsn-{n}@{mta}>\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n\n"
            f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Type: text/plain; charset=us-ascii\n\n{human}\n\n"
            f"--{b}\nContent-Type: {status_type}\n\n{pm}\n{g}\n--{b}\nContent-Type: {returned}\n\n"
            f"{orig_headers(n, rcpt_for_orig)}\n--{b}--\n")

def grp(rcpt, action, status, diag=None, remote=None, diag_type="smtp"):
    s = f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote:
        s += f"Remote-MTA: dns; {remote}\n"
    if diag:
        s += f"Diagnostic-Code: {diag_type}; {diag}\n"
    return s

def plain(n, from_, subject, body, extra=""):
    return (f"Return-Path: <>\nDelivered-To: {VERP.format(n=n)}\nFrom: {from_}\nTo: {VERP.format(n=n)}\n"
            f"Subject: {subject}\nDate: Wed, 25 Nov 2026 10:00:04 +0000\nMessage-ID: <b-{n}@mx.example.net>\n{extra}"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n{body}\n")

n = [100]
def nid():
    n[0] += 1
    return n[0]

# ---------------------------------------------------------------- RFC 3464 appendix style
for i, (rcpt, status, diag, exp) in enumerate([
        ("louisl@larry.slip.umd.edu", "4.0.0", "smtp; 426 connection timed out", r("louisl@larry.slip.umd.edu", "4.4.1", "soft", "network_error")),
        ("pubs@example.org", "5.1.1", "smtp; 550 5.1.1 <pubs@example.org>... User unknown", r("pubs@example.org", "5.1.1", "hard", "user_unknown")),
        ("arathib@vnet.ibm.com", "5.0.0", "smtp; 550 'arathib@vnet.IBM.COM' is not a registered gateway user", r("arathib@vnet.ibm.com", "5.0.0", "hard", "unknown"))]):
    k = nid()
    add("rfc3464", f"appendix-{i+1}", dsn(k, "cs.utk.edu", "MAILER-DAEMON@cs.utk.edu", "Returned mail: Cannot send message",
        "The following addresses had delivery problems.", [grp(rcpt, "failed", status, diag.split('; ',1)[1], "cs.utk.edu")],
        rcpt_for_orig=rcpt), "BOUNCE", [exp])
k = nid()
add("rfc3464", "multiple-recipients", dsn(k, "mail.example.com", "MAILER-DAEMON@mail.example.com", "Delivery Status Notification (Failure)",
    "Delivery to the following recipients failed.", [
        grp("anna@example.org", "failed", "5.1.1", "550 5.1.1 User unknown", "mx.example.org"),
        grp("bert@example.org", "failed", "5.2.2", "552 5.2.2 Mailbox full", "mx.example.org"),
        grp("cleo@example.org", "delivered", "2.0.0", "250 2.0.0 OK", "mx.example.org")], rcpt_for_orig="anna@example.org"),
    "BOUNCE", [r("anna@example.org", "5.1.1", "hard", "user_unknown"), r("bert@example.org", "5.2.2", "soft", "mailbox_full"),
               r("cleo@example.org", "2.0.0", "undetermined", "unknown")])
k = nid()
add("rfc3464", "delayed", dsn(k, "mail.example.com", "MAILER-DAEMON@mail.example.com", "Delivery Status Notification (Delay)",
    "This is only a warning; delivery will be retried.", [grp("dana@example.org", "delayed", "4.4.1", "connect to mx.example.org: Connection timed out", None, "X-Postfix")]),
    "DELAY", [r("dana@example.org", "4.4.1", "soft", "network_error")])
k = nid()
add("rfc3464", "global-delivery-status", dsn(k, "mx.example.jp", "MAILER-DAEMON@mx.example.jp", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("yuki@example.jp", "failed", "5.1.1", "550 5.1.1 unknown user", "mx.example.jp", "smtp")],
    status_type="message/global-delivery-status"), "BOUNCE", [r("yuki@example.jp", "5.1.1", "hard", "user_unknown")])

# ---------------------------------------------------------------- Postfix (bounce(5) templates, multipart/report)
POSTFIX_HUMAN = ("This is the mail system at host smtp.acme-relay.net.\n\nI'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<{rcpt}>: {text}")
postfix = [
    ("user-unknown", "jo@example.com", "5.1.1", "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown in virtual mailbox table", "mx.example.com", r("jo@example.com", "5.1.1", "hard", "user_unknown")),
    ("host-not-found", "jo@nonexistent-domain-xyz.com", "5.4.4", None, None, r("jo@nonexistent-domain-xyz.com", "5.4.4", "hard", "host_unknown")),
    ("spamhaus", "kim@example.net", "5.7.1", "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7", "mx.example.net", r("kim@example.net", "5.7.1", "block", "blocklisted")),
    ("relay-denied", "lee@example.biz", "5.7.1", "554 5.7.1 <lee@example.biz>: Relay access denied", "mail.example.biz", r("lee@example.biz", "5.7.1", "hard", "relay_denied")),
    ("mailbox-full", "max@example.org", "5.2.2", "552 5.2.2 <max@example.org>: Mailbox full", "mx.example.org", r("max@example.org", "5.2.2", "soft", "mailbox_full")),
    ("message-too-big", "ned@example.org", "5.3.4", "552 5.3.4 Message size exceeds fixed limit", "mx.example.org", r("ned@example.org", "5.3.4", "soft", "message_too_big")),
    ("ptr", "oli@example.org", "5.7.1", "550 5.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.7]", "mx.example.org", r("oli@example.org", "5.7.1", "block", "reverse_dns")),
    ("expired", "pat@example.org", "4.4.1", "connect to mx.example.org[198.51.100.3]:25: Connection timed out", None, r("pat@example.org", "4.4.1", "soft", "network_error")),
    ("generic-code-specific-text", "quinn@example.org", "5.0.0", "550 5.1.1 <quinn@example.org>: Recipient address rejected: User unknown in local recipient table", "mx.example.org", r("quinn@example.org", "5.1.1", "hard", "user_unknown")),
    ("greylist-then-give-up", "rae@example.org", "4.7.1", "450 4.7.1 <rae@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html", "mx.example.org", r("rae@example.org", "4.7.1", "block", "policy")),
]
for name, rcpt, status, diag, remote, exp in postfix:
    k = nid()
    text = f"host {remote}[198.51.100.2] said: {diag} (in reply to RCPT TO command)" if diag else "Host or domain name not found. Name service error for name=nonexistent-domain-xyz.com type=MX: Host not found"
    d = diag if diag else "Host or domain name not found. Name service error for name=nonexistent-domain-xyz.com type=MX: Host not found"
    add("postfix", name, dsn(k, "smtp.acme-relay.net", "MAILER-DAEMON@smtp.acme-relay.net (Mail Delivery System)",
        "Undelivered Mail Returned to Sender", POSTFIX_HUMAN.format(rcpt=rcpt, text=text),
        [grp(rcpt, "failed", status, d, remote, "smtp" if diag else "X-Postfix")], rcpt_for_orig=rcpt), "BOUNCE", [exp])
k = nid()
add("postfix", "delayed-warning", dsn(k, "smtp.acme-relay.net", "MAILER-DAEMON@smtp.acme-relay.net (Mail Delivery System)",
    "Delayed Mail (still being retried)", "This is the mail system at host smtp.acme-relay.net.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.",
    [grp("sue@example.org", "delayed", "4.4.1", "connect to mx.example.org[198.51.100.3]:25: Connection refused", None, "X-Postfix")]), "DELAY",
    [r("sue@example.org", "4.4.1", "soft", "network_error")])

# ---------------------------------------------------------------- Exim (plain text, X-Failed-Recipients)
EXIM = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n{entries}\n------ This is a copy of the message, including all the headers. ------\n\n{orig}\nHi,\nbody\n")
exim = [
    ("user-unknown", [("tom@example.com", "host mx.example.com [198.51.100.5]\n    SMTP error from remote mail server after RCPT TO:<tom@example.com>:\n    550 5.1.1 <tom@example.com>: Recipient address rejected: User unknown", r("tom@example.com", "5.1.1", "hard", "user_unknown"))]),
    ("no-enhanced-code", [("uma@example.com", "host mx.example.com [198.51.100.5]\n    SMTP error from remote mail server after RCPT TO:<uma@example.com>:\n    550 No such user here", r("uma@example.com", "5.1.1", "hard", "user_unknown"))]),
    ("unrouteable", [("vic@nowhere-at-all.example", "Unrouteable address", r("vic@nowhere-at-all.example", "5.1.2", "hard", "host_unknown"))]),
    ("quota", [("wes@example.com", "host mx.example.com [198.51.100.5]\n    SMTP error from remote mail server after end of data:\n    552 5.2.2 wes@example.com: mailbox is over quota", r("wes@example.com", "5.2.2", "soft", "mailbox_full"))]),
    ("two-recipients", [("xia@example.com", "host mx.example.com [198.51.100.5]\n    SMTP error from remote mail server after RCPT TO:<xia@example.com>:\n    550 5.1.1 User unknown", r("xia@example.com", "5.1.1", "hard", "user_unknown")),
                        ("yan@example.com", "host mx.example.com [198.51.100.5]\n    SMTP error from remote mail server after RCPT TO:<yan@example.com>:\n    550 5.7.1 Message rejected as spam by Content Filtering.", r("yan@example.com", "5.7.1", "block", "spam_detected"))]),
    ("retry-timeout", [("zed@example.com", "retry timeout exceeded", r("zed@example.com", "5.4.7", "soft", "expired"))]),
    ("dnsbl-no-code", [("amy@example.com", "host mx.example.com [198.51.100.5]\n    SMTP error from remote mail server after MAIL FROM:<bounce@send.acme.io>:\n    550 Rejected because 203.0.113.7 is in a black list at b.barracudacentral.org", r("amy@example.com", "5.7.1", "block", "blocklisted"))]),
]
for name, entries in exim:
    k = nid()
    text = "".join(f"  {a}\n    {b}\n\n" for a, b, _ in entries)
    fails = ", ".join(a for a, _, _ in entries)
    add("exim", name, plain(k, "Mail Delivery System <Mailer-Daemon@mail.hoster.example>", "Mail delivery failed: returning message to sender",
        EXIM.format(entries=text, orig=orig_headers(k, entries[0][0])), f"X-Failed-Recipients: {fails}\nAuto-Submitted: auto-replied\n"),
        "BOUNCE", [e for _, _, e in entries])
k = nid()
add("exim", "delay-warning", plain(k, "Mail Delivery System <Mailer-Daemon@mail.hoster.example>", "Warning: message 1kXyZ-000abc-12 delayed 24 hours",
    "This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.hoster.example.\n\nThe message identifier is:     1kXyZ-000abc-12\n\nThe address to which the message has not yet been delivered is:\n\n  bob@slow.example.com\n    host mx.slow.example.com [198.51.100.9]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@slow.example.com>:\n    451 4.7.1 Greylisting in action, please come back later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n",
    "Auto-Submitted: auto-replied\n"), "DELAY", [r("bob@slow.example.com", "4.7.1", "block", "policy")])

# ---------------------------------------------------------------- Sendmail
SENDMAIL_HUMAN = "The original message was received at Wed, 25 Nov 2026 10:00:00 GMT\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n    (reason: {reason})\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.com.:\n>>> RCPT To:<{rcpt}>\n<<< {reason}\n"
sendmail = [
    ("user-unknown", "carl@example.com", "5.1.1", "550 5.1.1 <carl@example.com>... User unknown", r("carl@example.com", "5.1.1", "hard", "user_unknown")),
    ("host-unknown", "dina@no-such-host.example", "5.1.2", "550 Host unknown", r("dina@no-such-host.example", "5.1.2", "hard", "host_unknown")),
    ("service-unavailable-spam", "emil@example.com", "5.0.0", "554 5.7.1 Message refused: looks like spam (score 9.1)", r("emil@example.com", "5.7.1", "block", "spam_detected")),
    ("too-big", "fay@example.com", "5.2.3", "552 5.2.3 Message size exceeds maximum value", r("fay@example.com", "5.2.3", "soft", "message_too_big")),
]
for name, rcpt, status, reason, exp in sendmail:
    k = nid()
    add("sendmail", name, dsn(k, "mail.sendmail-host.example", "Mail Delivery Subsystem <MAILER-DAEMON@mail.sendmail-host.example>",
        "Returned mail: see transcript for details", SENDMAIL_HUMAN.format(rcpt=rcpt, reason=reason),
        [grp(rcpt, "failed", status, reason, "mx.example.com")], rcpt_for_orig=rcpt), "BOUNCE", [exp])
k = nid()
add("sendmail", "text-only", plain(k, "Mail Delivery Subsystem <MAILER-DAEMON@old.example.edu>", "Returned mail: User unknown",
    SENDMAIL_HUMAN.format(rcpt="gus@old.example.edu", reason="550 <gus@old.example.edu>... User unknown") + "\n   ----- Original message follows -----\n\n" + orig_headers(k, "gus@old.example.edu")),
    "BOUNCE", [r("gus@old.example.edu", "5.1.1", "hard", "user_unknown")])

# ---------------------------------------------------------------- qmail (QSBMF, cr.yp.to/proto/qsbmf.txt)
QMAIL = "Hi. This is the qmail-send program at mail.qmail-host.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n{entries}--- Below this line is a copy of the message.\n\n{orig}\nbody\n"
qmail = [
    ("no-mailbox", [("hal@qmail-host.example", "Sorry, no mailbox here by that name. (#5.1.1)", r("hal@qmail-host.example", "5.1.1", "hard", "user_unknown"))]),
    ("remote-said", [("ivy@example.com", "198.51.100.5 does not like recipient.\nRemote host said: 550 5.1.1 <ivy@example.com>: Recipient address rejected: User unknown\nGiving up on 198.51.100.5.", r("ivy@example.com", "5.1.1", "hard", "user_unknown"))]),
    ("over-quota", [("jan@qmail-host.example", "The users mailfolder is over the allowed quota (size). (#5.2.2)", r("jan@qmail-host.example", "5.2.2", "soft", "mailbox_full"))]),
    ("no-host", [("kai@unknown-host-qmail.example", "Sorry, I couldn't find any host named unknown-host-qmail.example. (#5.1.2)", r("kai@unknown-host-qmail.example", "5.1.2", "hard", "host_unknown"))]),
    ("connect-failed", [("lou@example.com", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long.", r("lou@example.com", "4.4.1", "soft", "expired"))]),
    ("two-addresses", [("mia@example.com", "198.51.100.5 does not like recipient.\nRemote host said: 550 No such user\nGiving up on 198.51.100.5.", r("mia@example.com", "5.1.1", "hard", "user_unknown")),
                       ("nat@example.com", "198.51.100.5 does not like recipient.\nRemote host said: 554 5.7.1 Rejected: IP listed at bl.spamcop.net\nGiving up on 198.51.100.5.", r("nat@example.com", "5.7.1", "block", "blocklisted"))]),
]
for name, entries in qmail:
    k = nid()
    text = "".join(f"<{a}>:\n{b}\n\n" for a, b, _ in entries)
    add("qmail", name, plain(k, "MAILER-DAEMON@mail.qmail-host.example", "failure notice", QMAIL.format(entries=text, orig=orig_headers(k, entries[0][0]))),
        "BOUNCE", [e for _, _, e in entries])

# ---------------------------------------------------------------- Exchange / Microsoft 365 (learn.microsoft.com NDR docs)
O365_HUMAN = "Your message to {rcpt} couldn't be delivered.\n{short}\n\nsam\nOffice 365\n\nAction Required\n\nDiagnostic information for administrators:\n\nGenerating server: DM6PR01MB1234.namprd01.prod.outlook.com\n\n{rcpt}\nRemote Server returned '{diag}'\n"
o365 = [
    ("recipient-not-found", "ola@contoso.com", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "ola wasn't found at contoso.com.", r("ola@contoso.com", "5.1.10", "hard", "user_unknown")),
    ("dbeb-access-denied", "pia@fabrikam.com", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. [DM3NAM02FT012.eop-nam02.prod.protection.outlook.com]", "pia wasn't found at fabrikam.com.", r("pia@fabrikam.com", "5.4.1", "hard", "user_unknown")),
    ("banned-ip", "raj@contoso.com", "5.7.606", "550 5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions.", "Your message wasn't delivered because the recipient's email provider rejected it.", r("raj@contoso.com", "5.7.606", "block", "blocklisted")),
    ("dmarc", "sol@contoso.com", "5.7.509", "550 5.7.509 Access denied, sending domain send.acme.io does not pass DMARC verification and has a DMARC policy of reject.", "Your message wasn't delivered because the recipient's email provider rejected it.", r("sol@contoso.com", "5.7.509", "block", "authentication_failure")),
    ("mailbox-full", "tia@contoso.com", "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", "The recipient's mailbox is full and can't accept messages now.", r("tia@contoso.com", "5.2.2", "soft", "mailbox_full")),
    ("s3150-blocklist", "uli@outlook.com", "5.7.1", "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", "Your message wasn't delivered.", r("uli@outlook.com", "5.7.1", "block", "blocklisted")),
    ("restricted-group", "val@contoso.com", "5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "Your message couldn't be delivered because delivery to this group is restricted to authenticated senders.", r("val@contoso.com", "5.7.1", "block", "policy")),
    ("expired", "wyn@contoso.com", "4.4.7", "550 4.4.7 QUEUE.Expired; message expired", "Delivery has failed; the message expired.", r("wyn@contoso.com", "4.4.7", "soft", "expired")),
]
for name, rcpt, status, diag, short, exp in o365:
    k = nid()
    add("office365", name, dsn(k, "DM6PR01MB1234.namprd01.prod.outlook.com", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.onmicrosoft.com>",
        f"Undeliverable: Quick question about your Q4 pipeline", O365_HUMAN.format(rcpt=rcpt, short=short, diag=diag),
        [grp(rcpt, "failed", status, diag, "DM6PR01MB1234.namprd01.prod.outlook.com")], rcpt_for_orig=rcpt, returned="message/rfc822",
        extra="X-MS-Exchange-Message-Is-Ndr: \nAuto-Submitted: auto-replied\n"), "BOUNCE", [exp])
k = nid()
add("exchange", "on-prem-no-diagnostic-code", dsn(k, "EX01.corp.example.com", "System Administrator <postmaster@corp.example.com>",
    "Undeliverable: Quick question", "Your message did not reach some or all of the intended recipients.\n\n      Subject:\tQuick question\n      Sent:\t25/11/2026 10:00\n\nThe following recipient(s) cannot be reached:\n\n      xeno@corp.example.com on 25/11/2026 10:00\n            The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.\n            <EX01.corp.example.com #5.1.1>\n",
    [grp("xeno@corp.example.com", "failed", "5.1.1")], rcpt_for_orig="xeno@corp.example.com"), "BOUNCE", [r("xeno@corp.example.com", "5.1.1", "hard", "user_unknown")])
k = nid()
add("exchange", "text-only-2003", plain(k, "System Administrator <postmaster@legacy.example.com>", "Undeliverable: Quick question",
    "Your message did not reach some or all of the intended recipients.\n\n      Subject:\tQuick question\n      Sent:\t25/11/2026 10:00\n\nThe following recipient(s) could not be reached:\n\n      yara@legacy.example.com on 25/11/2026 10:00\n            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.\n            <legacy.example.com #5.1.1>\n"),
    "BOUNCE", [r("yara@legacy.example.com", "5.1.1", "hard", "user_unknown")])
k = nid()
add("exchange", "ndr-delay", dsn(k, "EX01.corp.example.com", "Microsoft Outlook <postmaster@corp.example.com>", "Delivery delayed:Quick question",
    "Delivery is delayed to these recipients or groups:\n\nzoe@slow.example.com\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n",
    [grp("zoe@slow.example.com", "delayed", "4.4.7")]), "DELAY", [r("zoe@slow.example.com", "4.4.7", "soft", "expired")])

# ---------------------------------------------------------------- Gmail / Google Workspace (support.google.com/a/answer/3726730)
GMAIL_HUMAN = "** {title} **\n\nYour message wasn't delivered to {rcpt} because {why}\n\nThe response from the remote server was:\n{diag}\n"
gmail = [
    ("no-such-user", "ada@gmail.com", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser", "the address couldn't be found, or is unable to receive mail.", r("ada@gmail.com", "5.1.1", "hard", "user_unknown")),
    ("disabled", "ben@gmail.com", "5.2.1", "550-5.2.1 The email account that you tried to reach is disabled. https://support.google.com/mail/?p=DisabledUser", "the account is disabled.", r("ben@gmail.com", "5.2.1", "hard", "mailbox_disabled")),
    ("over-quota", "cid@gmail.com", "4.2.2", "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp", "the inbox is out of storage.", r("cid@gmail.com", "4.2.2", "soft", "mailbox_full")),
    ("unsolicited", "deb@gmail.com", "5.7.1", "550-5.7.1 [203.0.113.7] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.", "it was flagged as spam.", r("deb@gmail.com", "5.7.1", "block", "spam_detected")),
    ("dmarc-5-7-26", "eli@gmail.com", "5.7.26", "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.", "the sender is unauthenticated.", r("eli@gmail.com", "5.7.26", "block", "authentication_failure")),
    ("rate-4-7-28", "fin@gmail.com", "4.7.28", "421-4.7.28 [203.0.113.7] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.", "the rate was too high.", r("fin@gmail.com", "4.7.28", "block", "rate_limited")),
    ("ptr-5-7-25", "gia@gmail.com", "5.7.25", "550-5.7.25 [203.0.113.7] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.", "of a missing PTR.", r("gia@gmail.com", "5.7.25", "block", "reverse_dns")),
    ("policy-5-7-1", "hank@workspace-customer.com", "5.7.1", "550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.", "of a policy.", r("hank@workspace-customer.com", "5.7.1", "block", "policy")),
]
for name, rcpt, status, diag, why, exp in gmail:
    k = nid()
    add("gmail", name, dsn(k, "mail-sor-f41.google.com", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)" if status[0] == "5" else "Delivery Status Notification (Delay)",
        GMAIL_HUMAN.format(title="Address not found" if "5.1.1" in status else "Message blocked", rcpt=rcpt, why=why, diag=diag),
        [grp(rcpt, "failed", status, diag, "gmail-smtp-in.l.google.com")], rcpt_for_orig=rcpt, returned="message/rfc822",
        per_message="Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sam@send.acme.io\nArrival-Date: Wed, 25 Nov 2026 02:00:00 -0800 (PST)\nX-Original-Message-ID: <m-1@send.acme.io>\n"),
        "BOUNCE", [exp])
k = nid()
add("gmail", "legacy-text", plain(k, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
    "Delivery to the following recipient failed permanently:\n\n     ivan@example-workspace.com\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example-workspace.com by aspmx.l.google.com. [142.250.1.26].\n\nThe error that the other server returned was:\n550-5.1.1 The email account that you tried to reach does not exist.\n\n----- Original message -----\n\n" + orig_headers(k, "ivan@example-workspace.com")),
    "BOUNCE", [r("ivan@example-workspace.com", "5.1.1", "hard", "user_unknown")])

# ---------------------------------------------------------------- Yahoo / AOL (senders.yahooinc.com/smtp-error-codes)
YAHOO = "Sorry, we were unable to deliver your message to the following address.\n\n<{rcpt}>:\n{said}\n\n--- Below this line is a copy of the message.\n\n{orig}\nbody\n"
yahoo = [
    ("no-account", "joy@yahoo.com", "Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (joy@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com [RCPT_TO]", r("joy@yahoo.com", "5.1.1", "hard", "user_unknown")),
    ("mailbox-full", "ken@yahoo.com", "Remote host said: 552 1 Requested mail action aborted, mailbox full [RCPT_TO]", r("ken@yahoo.com", "5.2.2", "soft", "mailbox_full")),
    ("tss04", "liv@yahoo.com", "Remote host said: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes [RCPT_TO]", r("liv@yahoo.com", "4.7.0", "block", "rate_limited")),
    ("disabled", "mo@aol.com", "Remote host said: 554 delivery error: dd Not a valid recipient - atlas104.aol.mail.ne1.yahoo.com [RCPT_TO]", r("mo@aol.com", "5.1.1", "hard", "user_unknown")),
]
for name, rcpt, said, exp in yahoo:
    k = nid()
    add("yahoo", name, plain(k, "MAILER-DAEMON@yahoo.com", "Failure Notice", YAHOO.format(rcpt=rcpt, said=said, orig=orig_headers(k, rcpt))), "BOUNCE", [exp])

# ---------------------------------------------------------------- Amazon SES (docs.aws.amazon.com/ses: email feedback forwarding)
ses = [
    ("user-unknown", "nia@example.com", "5.1.1", "smtp; 550 5.1.1 user unknown", r("nia@example.com", "5.1.1", "hard", "user_unknown")),
    ("suppression-list", "oz@example.com", "5.1.1", "Amazon SES did not send the message to this address because it is on the suppression list for your account.", r("oz@example.com", "5.1.1", "hard", "user_unknown")),
    ("content-rejected", "pam@example.com", "5.3.0", "smtp; 554 5.3.0 Message content rejected due to an attachment of type .exe", r("pam@example.com", "5.3.0", "block", "content")),
]
for name, rcpt, status, diag, exp in ses:
    k = nid()
    add("amazon-ses", name, dsn(k, "a8-32.smtp-out.amazonses.com", "MAILER-DAEMON@amazonses.com", "Delivery Status Notification (Failure)",
        f"An error occurred while trying to deliver the mail to the following recipients:\n{rcpt}", [grp(rcpt, "failed", status, diag.split("; ", 1)[-1], None)],
        rcpt_for_orig=rcpt, returned="message/rfc822"), "BOUNCE", [exp])

# ---------------------------------------------------------------- Mimecast, Proofpoint, Zoho, Yandex, Mail.ru, GMX/Web.de, Outlook.com, Domino, Courier, MailEnable, Postmark
k = nid()
add("mimecast", "rejected-spam", dsn(k, "eu-smtp-delivery-1.mimecast.com", "Mimecast Postmaster <postmaster@mimecast.com>", "Delivery Failure",
    "Your message could not be delivered.", [grp("rob@customer.example", "failed", "5.0.0", "550 Rejected by header based Anti-Spoofing policy: rob@customer.example - https://community.mimecast.com/docs/DOC-1369#550 [abc123.eu523]", "eu-smtp-inbound-1.mimecast.com")]),
    "BOUNCE", [r("rob@customer.example", "5.7.1", "block", "policy")])
k = nid()
add("mimecast", "invalid-recipient", dsn(k, "us-smtp-delivery-1.mimecast.com", "Mimecast Postmaster <postmaster@mimecast.com>", "Delivery Failure",
    "Your message could not be delivered.", [grp("sal@customer.example", "failed", "5.0.0", "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [xyz.us1]", "us-smtp-inbound-1.mimecast.com")]),
    "BOUNCE", [r("sal@customer.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("proofpoint", "blocked-reputation", dsn(k, "mx0a-001.pphosted.com", "MAILER-DAEMON@mx0a-001.pphosted.com", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("ted@bigcorp.example", "failed", "5.7.1", "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.7 - poor reputation", "mx0a-001.pphosted.com")]),
    "BOUNCE", [r("ted@bigcorp.example", "5.7.1", "block", "blocklisted")])
k = nid()
add("proofpoint", "user-unknown", dsn(k, "mx0b-002.pphosted.com", "MAILER-DAEMON@mx0b-002.pphosted.com", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("uwe@bigcorp.example", "failed", "5.1.1", "550 5.1.1 User Unknown", "mx0b-002.pphosted.com")]),
    "BOUNCE", [r("uwe@bigcorp.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("zoho", "invalid-address", plain(k, "mailer-daemon@mx.zoho.com", "Undelivered Mail Returned to Sender",
    "This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\nvera@zohocustomer.example, ERROR CODE :550 - Invalid Address. Please check the recipient email address.\n\n------ Original message ------\n\n" + orig_headers(k, "vera@zohocustomer.example")),
    "BOUNCE", [r("vera@zohocustomer.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("zoho", "mailbox-full", plain(k, "mailer-daemon@mx.zoho.com", "Undelivered Mail Returned to Sender",
    "This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients.\n\nwill@zohocustomer.example, ERROR CODE :552 - 5.2.2 Mailbox quota exceeded\n"),
    "BOUNCE", [r("will@zohocustomer.example", "5.2.2", "soft", "mailbox_full")])
k = nid()
add("yandex", "no-such-user-ru", dsn(k, "forward100.mail.yandex.net", "mailer-daemon@yandex.ru", "Недоставленное сообщение",
    "Это письмо отправлено почтовым роботом. Пожалуйста, не отвечайте на него.\n\nВаше письмо не может быть доставлено одному или нескольким получателям.", 
    [grp("ivan@yandex.ru", "failed", "5.1.1", "550 5.7.1 No such user!", "mx.yandex.ru")]).replace("Subject: Недоставленное сообщение", "Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC90L7QtSDRgdC+0L7QsdGJ0LXQvdC40LU=?="),
    "BOUNCE", [r("ivan@yandex.ru", "5.1.1", "hard", "user_unknown")])
k = nid()
add("yandex", "mailbox-overfull", dsn(k, "forward101.mail.yandex.net", "mailer-daemon@yandex.ru", "Delivery failure",
    "Message was not delivered.", [grp("olga@yandex.ru", "failed", "5.2.2", "552 5.2.2 Mailbox size limit exceeded", "mx.yandex.ru")]),
    "BOUNCE", [r("olga@yandex.ru", "5.2.2", "soft", "mailbox_full")])
k = nid()
add("mailru", "user-not-found", plain(k, "Mail Delivery System <MAILER-DAEMON@corp.mail.ru>", "Mail failure.",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  petr@mail.ru\n    SMTP error from remote mail server after RCPT TO:<petr@mail.ru>:\n    host mxs.mail.ru [94.100.180.31]: 550 Message was not accepted -- invalid mailbox.  Local mailbox petr@mail.ru is unavailable: user not found\n",
    "X-Failed-Recipients: petr@mail.ru\n"), "BOUNCE", [r("petr@mail.ru", "5.1.1", "hard", "user_unknown")])
k = nid()
add("mailru", "spam-block", plain(k, "Mail Delivery System <MAILER-DAEMON@corp.mail.ru>", "Mail failure.",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  roma@mail.ru\n    SMTP error from remote mail server after end of data:\n    host mxs.mail.ru [94.100.180.31]: 550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=abc or report details to abuse@corp.mail.ru. Error code: 1234ABCD.\n",
    "X-Failed-Recipients: roma@mail.ru\n"), "BOUNCE", [r("roma@mail.ru", "5.7.1", "block", "spam_detected")])
k = nid()
add("gmx", "unknown-user-de", dsn(k, "mout.gmx.net", "Mail Delivery System <mailer-daemon@gmx.net>", "Mail delivery failed: returning message to sender",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address\nfailed:\n\n\"susi@gmx.de\":\nSMTP error from remote server for RCPT TO command, host: mx00.emig.gmx.net (212.227.15.9) reason: 550 Requested action not taken: mailbox unavailable\n",
    [grp("susi@gmx.de", "failed", "5.0.0", "550 Requested action not taken: mailbox unavailable", "mx00.emig.gmx.net")]),
    "BOUNCE", [r("susi@gmx.de", "5.1.1", "hard", "user_unknown")])
k = nid()
add("gmx", "webde-quota-de", plain(k, "Mail Delivery System <mailer-daemon@web.de>", "Unzustellbar: Ihre Nachricht",
    "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n\n\"tina@web.de\":\nSMTP error from remote server for RCPT TO command, host: mx-ha02.web.de (212.227.17.8) reason: 552 5.2.2 Postfach voll / mailbox full\n"),
    "BOUNCE", [r("tina@web.de", "5.2.2", "soft", "mailbox_full")])
k = nid()
add("outlook-com", "hotmail-not-found", dsn(k, "BAY004-MC1F12.hotmail.com", "postmaster@outlook.com", "Undeliverable: Quick question",
    "Delivery has failed to these recipients or groups:\n\nudo@hotmail.com\nThe email address you entered couldn't be found.",
    [grp("udo@hotmail.com", "failed", "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable (-1207046844:308:-2147467259)", "mx1.hotmail.com")]),
    "BOUNCE", [r("udo@hotmail.com", "5.5.0", "hard", "user_unknown")])
k = nid()
add("outlook-com", "s3140-reputation", dsn(k, "BAY004-MC1F12.hotmail.com", "postmaster@outlook.com", "Undeliverable: Quick question",
    "Delivery has failed.", [grp("vik@outlook.com", "failed", "5.7.1", "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dial-up or direct-to-MX traffic. (S3140)", "mx1.hotmail.com")]),
    "BOUNCE", [r("vik@outlook.com", "5.7.1", "block", "policy")])
k = nid()
add("domino", "not-listed", plain(k, "Postmaster <postmaster@domino.example.com>", "DELIVERY FAILURE: User walt (walt@domino.example.com) not listed in Domino Directory",
    "Your message\n\n  Subject: Quick question about your Q4 pipeline\n\nwas not delivered to:\n\n  walt@domino.example.com\n\nbecause:\n\n  User walt (walt@domino.example.com) not listed in Domino Directory\n"),
    "BOUNCE", [r("walt@domino.example.com", "5.1.1", "hard", "user_unknown")])
k = nid()
add("courier", "unknown-user", dsn(k, "courier.example.org", "Courier mail server at courier.example.org <@>", "NOTICE: mail delivery status.",
    "This is a delivery status notification from courier.example.org,\nrunning the Courier mail server, version 1.1.\n\nThe original message was received on Wed, 25 Nov 2026 10:00:00 +0000\nfrom send.acme.io [203.0.113.7]\n\n---------------------------------------------------------------------------\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<xavi@example.org>:\n    mx.example.org [198.51.100.4]:\n>>> RCPT TO:<xavi@example.org>\n<<< 550 5.1.1 <xavi@example.org>: Recipient address rejected: User unknown in local recipient table\n",
    [grp("xavi@example.org", "failed", "5.0.0", "550 5.1.1 <xavi@example.org>: Recipient address rejected: User unknown in local recipient table", "mx.example.org")]),
    "BOUNCE", [r("xavi@example.org", "5.1.1", "hard", "user_unknown")])
k = nid()
add("mailenable", "mailbox-unavailable", plain(k, "POSTMASTER@mailenable.example", "Message Delivery Failure",
    "MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be reached:\n\n\tRecipient: [SMTP:yves@mailenable.example]\n\tReason: Mailbox does not exist.\n"),
    "BOUNCE", [r("yves@mailenable.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("mdaemon", "no-such-user", plain(k, "MDaemon at mdaemon.example <MDaemon@mdaemon.example>", "Permanent Delivery Failure",
    "The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.\n\nzack@mdaemon.example\n    Session transcript: 550 5.1.1 unknown user account\n"),
    "BOUNCE", [r("zack@mdaemon.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("postmark", "hard-bounce", dsn(k, "smtp.postmarkapp.example", "Postmark Postmaster <support@postmarkapp.example>", "Undelivered Mail Returned to Sender",
    "The message could not be delivered.", [grp("abe@example.co.uk", "failed", "5.1.1", "550 5.1.1 <abe@example.co.uk>: Recipient address rejected: User unknown", "mx.example.co.uk")]),
    "BOUNCE", [r("abe@example.co.uk", "5.1.1", "hard", "user_unknown")])
k = nid()
add("barracuda", "rbl", dsn(k, "barracuda.example.net", "MAILER-DAEMON@barracuda.example.net", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("bea@example.net", "failed", "5.7.1", "554 Service unavailable; Client host [203.0.113.7] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.7", "barracuda.example.net")]),
    "BOUNCE", [r("bea@example.net", "5.7.1", "block", "blocklisted")])
k = nid()
add("icloud", "no-such-user", dsn(k, "mx.icloud.com", "MAILER-DAEMON@icloud.com", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("cal@icloud.com", "failed", "5.1.1", "550 5.1.1 <cal@icloud.com>: user does not exist", "mx01.mail.icloud.com")]),
    "BOUNCE", [r("cal@icloud.com", "5.1.1", "hard", "user_unknown")])
k = nid()
add("icloud", "spf-fail", dsn(k, "mx.icloud.com", "MAILER-DAEMON@icloud.com", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("dan@icloud.com", "failed", "5.7.1", "550 5.7.1 Your message was rejected due to send.acme.io's DMARC policy", "mx01.mail.icloud.com")]),
    "BOUNCE", [r("dan@icloud.com", "5.7.1", "block", "authentication_failure")])
k = nid()
add("comcast", "rbl", plain(k, "MAILER-DAEMON@comcast.net", "Undelivered Mail Returned to Sender",
    "<eve@comcast.net>: host mx1.comcast.net[96.114.157.80] said: 554 resimta-ch2-18v.sys.comcast.net comcast 203.0.113.7 found on one or more RBLs. Refer to http://postmaster.comcast.net/smtp-error-codes.php#BL000001 (in reply to MAIL FROM command)\n"),
    "BOUNCE", [r("eve@comcast.net", "5.7.1", "block", "blocklisted")])
k = nid()
add("virus", "infected", dsn(k, "mx.scanner.example", "MAILER-DAEMON@mx.scanner.example", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("fred@scanner.example", "failed", "5.7.1", "554 5.7.1 Message rejected: virus found (Eicar-Test-Signature)", "mx.scanner.example")]),
    "BOUNCE", [r("fred@scanner.example", "5.7.1", "block", "virus")])
k = nid()
add("loop", "too-many-hops", dsn(k, "mx.loop.example", "MAILER-DAEMON@mx.loop.example", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("gil@loop.example", "failed", "5.4.6", "554 5.4.6 Too many hops", "mx.loop.example")]),
    "BOUNCE", [r("gil@loop.example", "5.4.6", "soft", "routing_loop")])
k = nid()
add("null-mx", "rfc7505", dsn(k, "smtp.acme-relay.net", "MAILER-DAEMON@smtp.acme-relay.net", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("hugo@nomail.example", "failed", "5.1.10", "Domain nomail.example does not accept mail (nullMX)", None, "X-Postfix")]),
    "BOUNCE", [r("hugo@nomail.example", "5.1.10", "hard", "host_unknown")])
k = nid()
add("non-english", "french-inconnu", plain(k, "MAILER-DAEMON@orange.example", "Message non remis",
    "Votre message n'a pas pu être remis au destinataire suivant :\n\n<iris@orange.example>: 550 5.1.1 Adresse d'au moins un destinataire invalide. Utilisateur inconnu\n"),
    "BOUNCE", [r("iris@orange.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("non-english", "spanish-no-existe", plain(k, "MAILER-DAEMON@telefonica.example", "No se puede entregar: Pregunta",
    "No se pudo entregar el mensaje a los siguientes destinatarios:\n\njorge@telefonica.example\n    550 El buzón no existe\n"),
    "BOUNCE", [r("jorge@telefonica.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("non-english", "italian-casella-piena", plain(k, "MAILER-DAEMON@libero.example", "Mancata consegna",
    "Il messaggio non e' stato consegnato ai seguenti destinatari:\n\nluca@libero.example\n    552 casella piena\n"),
    "BOUNCE", [r("luca@libero.example", "5.2.2", "soft", "mailbox_full")])
k = nid()
add("tricky", "wrong-code-clear-text", dsn(k, "mx.tricky.example", "MAILER-DAEMON@mx.tricky.example", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("mona@tricky.example", "failed", "5.0.0", "550 Mailbox unavailable: user unknown", "mx.tricky.example")]),
    "BOUNCE", [r("mona@tricky.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("tricky", "missing-status-code", dsn(k, "mx.tricky.example", "MAILER-DAEMON@mx.tricky.example", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [f"Final-Recipient: rfc822; nina@tricky.example\nAction: failed\nStatus: 5\nDiagnostic-Code: smtp; 550 sorry, no mailbox here by that name\n"]),
    "BOUNCE", [r("nina@tricky.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("tricky", "delivered-receipt", dsn(k, "mx.tricky.example", "MAILER-DAEMON@mx.tricky.example", "Delivery Status Notification (Success)",
    "Your message was delivered.", [grp("omar@tricky.example", "delivered", "2.0.0", "250 2.0.0 OK", "mx.tricky.example")]),
    "OTHER", [r("omar@tricky.example", "2.0.0", "undetermined", "unknown")])
k = nid()
add("tricky", "base64-status", dsn(k, "mx.tricky.example", "MAILER-DAEMON@mx.tricky.example", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("paul@tricky.example", "failed", "5.1.1", "550 5.1.1 user unknown")]).replace(
        "Content-Type: message/delivery-status\n\n", "Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n", 1), "BOUNCE", [])
cases.pop()  # replaced below with a properly encoded one
import base64
st = "Reporting-MTA: dns; mx.tricky.example\n\nFinal-Recipient: rfc822; paul@tricky.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n"
k = nid()
b64 = base64.encodebytes(st.encode()).decode()
add("tricky", "base64-status", f"Return-Path: <>\nFrom: MAILER-DAEMON@mx.tricky.example\nTo: {VERP.format(n=k)}\nSubject: Undelivered Mail Returned to Sender\nDate: Wed, 25 Nov 2026 10:00:04 +0000\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"BB\"\n\n--BB\nContent-Type: text/plain\n\nfailed\n\n--BB\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n{b64}\n--BB\nContent-Type: text/rfc822-headers\n\n{orig_headers(k, 'paul@tricky.example')}\n--BB--\n",
    "BOUNCE", [r("paul@tricky.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("tricky", "missing-closing-boundary", dsn(k, "mx.tricky.example", "MAILER-DAEMON@mx.tricky.example", "Undelivered Mail Returned to Sender",
    "Delivery failed.", [grp("quin@tricky.example", "failed", "5.2.1", "550 5.2.1 mailbox disabled", "mx.tricky.example")]).rsplit("--=_b", 1)[0],
    "BOUNCE", [r("quin@tricky.example", "5.2.1", "hard", "mailbox_disabled")])
k = nid()
add("tricky", "html-only-bounce", f"Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@html.example>\nTo: {VERP.format(n=k)}\nSubject: Undeliverable: Quick question\nDate: Wed, 25 Nov 2026 10:00:04 +0000\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Delivery has failed to these recipients:</p><p>rosa@html.example</p><p>550 5.1.1 User unknown</p></body></html>\n",
    "BOUNCE", [r("rosa@html.example", "5.1.1", "hard", "user_unknown")])
k = nid()
add("tricky", "rate-limited-421-no-code", plain(k, "MAILER-DAEMON@relay.example", "Undelivered Mail Returned to Sender",
    "<sven@busy.example>: host mx.busy.example[198.51.100.8] said: 421 Too many connections from your IP, try again later (in reply to MAIL FROM command)\n"),
    "BOUNCE", [r("sven@busy.example", "4.7.28", "block", "rate_limited")])

# ---------------------------------------------------------------- complaints: RFC 5965 ARF and provider variants
def arf(n, from_, ua, ftype, rcpt, extra_fields="", orig_extra="", subject="FW: Abuse report", extra_top=""):
    b = f"arf{n}"
    return (f"From: {from_}\nTo: fbl@penguinmails.test\nSubject: {subject}\nDate: Wed, 25 Nov 2026 11:00:00 +0000\n"
            f"Message-ID: <arf-{n}@reports.example>\n{extra_top}MIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type=feedback-report;\n\tboundary=\"{b}\"\n\n--{b}\nContent-Type: text/plain; charset=\"US-ASCII\"\n\n"
            f"This is an email abuse report for an email message received from IP 203.0.113.7 on Wed, 25 Nov 2026 10:00:00 +0000.\n\n"
            f"--{b}\nContent-Type: message/feedback-report\n\nFeedback-Type: {ftype}\nUser-Agent: {ua}\nVersion: 1\n"
            f"Original-Mail-From: <{VERP.format(n=n)}>\nOriginal-Rcpt-To: <{rcpt}>\nArrival-Date: Wed, 25 Nov 2026 10:00:00 +0000\n"
            f"Reporting-MTA: dns; mail.receiver.example\nSource-IP: 203.0.113.7\n{extra_fields}\n--{b}\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n"
            f"{orig_headers(n, rcpt)}{orig_extra}\nHi,\nbody\n\n--{b}--\n")
for name, from_, ua, ftype, rcpt, extra, orig_extra in [
        ("rfc5965-abuse", "<abusedesk@example.com>", "SomeGenerator/1.0", "abuse", "user@example.com", "Authentication-Results: mail.example.com; spf=fail smtp.mail=somespammer@example.com\nReported-Domain: example.net\nReported-Uri: http://example.net/earn_money.html\n", ""),
        ("rfc5965-minimal", "<abuse@example.org>", "ReportGen/2", "abuse", "rcpt@example.org", "", ""),
        ("rfc6591-auth-failure", "<dmarc-reports@example.org>", "DmarcReporter/1", "auth-failure", "rcpt2@example.org", "Auth-Failure: dmarc\n", ""),
        ("fraud", "<abuse@bank.example>", "FraudDesk/1", "fraud", "c@bank.example", "", ""),
        ("virus", "<abuse@isp.example>", "AVGate/3", "virus", "d@isp.example", "", ""),
        ("not-spam", "<fbl@isp.example>", "FBL/1", "not-spam", "e@isp.example", "", ""),
        ("other", "<fbl@isp.example>", "FBL/1", "other", "f@isp.example", "", "")]:
    k = nid()
    add("rfc5965", name, arf(k, from_, ua, ftype, rcpt, extra, orig_extra), "COMPLAINT", feedback_type=ftype)
k = nid()
add("yahoo-cfl", "cfbl", arf(k, "feedback@arf.mail.yahoo.com", "Yahoo!-Mail-Feedback/2.0", "abuse", "cfl-user@yahoo.com", "",
    "CFBL-Address: fbl@penguinmails.test; report=arf\nCFBL-Feedback-ID: 7f2c:t1:m-1\n", subject="FW: Quick question"), "COMPLAINT", feedback_type="abuse")
k = nid()
add("aol-arf", "scomp", arf(k, "scomp@aol.net", "AOL SComp", "abuse", "aoluser@aol.com", "Removal-Recipient: aoluser@aol.com\n", "", subject="Email Feedback Report for IP 203.0.113.7"), "COMPLAINT", feedback_type="abuse")
k = nid()
add("comcast-arf", "fbl", arf(k, "feedbackloop@comcastfbl.senderscore.net", "Return Path FBL Service", "abuse", "ccuser@comcast.net", "", "", subject="Comcast FBL report"), "COMPLAINT", feedback_type="abuse")
k = nid()
add("microsoft-jmrp", "jmrp", f"From: staff@hotmail.com\nTo: fbl@penguinmails.test\nSubject: complaint about message from 203.0.113.7\nDate: Wed, 25 Nov 2026 11:00:00 +0000\nMessage-ID: <jmrp-{k}@hotmail.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"jm\"\n\n--jm\nContent-Type: text/plain\n\nThis is a Junk Mail Reporting Program message.\n\n--jm\nContent-Type: message/rfc822\n\nX-HmXmrOriginalRecipient: <jmrp.user@hotmail.com>\n{orig_headers(k, 'jmrp.user@hotmail.com')}\nbody\n\n--jm--\n",
    "COMPLAINT", feedback_type="abuse")
k = nid()
add("microsoft-jmrp", "jmrp-arf", arf(k, "staff@hotmail.com", "Microsoft JMRP", "abuse", "arfjm@outlook.com", "", "X-HmXmrOriginalRecipient: <arfjm@outlook.com>\n", subject="complaint about message from 203.0.113.7"), "COMPLAINT", feedback_type="abuse")
k = nid()
add("mailru-fbl", "arf", arf(k, "fbl@corp.mail.ru", "Mail.Ru Feedback Loop", "abuse", "fbluser@mail.ru", "", ""), "COMPLAINT", feedback_type="abuse")

# ---------------------------------------------------------------- auto-replies (RFC 3834) and replies
def msg(n, from_, subject, body, extra):
    return (f"From: {from_}\nTo: Sam <sam@{SENDER_DOMAIN}>\nDelivered-To: {VERP.format(n=n)}\nSubject: {subject}\nDate: Wed, 25 Nov 2026 12:00:00 +0000\n"
            f"Message-ID: <r-{n}@mail.example.com>\n{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n")
autos = [
    ("rfc3834-auto-replied", "Re: Quick question", "Auto-Submitted: auto-replied\nIn-Reply-To: <m-1@send.acme.io>\n", "I am away until Monday."),
    ("exchange-automatic-reply", "Automatic reply: Quick question", "X-MS-Exchange-Inbox-Rules-Loop: pat@contoso.com\nX-Auto-Response-Suppress: All\n", "I'm out of the office."),
    ("out-of-office-subject", "Out of Office: Quick question", "", "Back on the 3rd."),
    ("x-autoreply", "Re: Quick question", "X-Autoreply: yes\n", "Thanks, we'll reply soon."),
    ("x-autorespond", "Thanks for your email", "X-Autorespond: 1\n", "Ticket #1234 created."),
    ("precedence-auto-reply", "Away", "Precedence: auto_reply\n", "Gone fishing."),
    ("german", "Abwesenheitsnotiz: Quick question", "", "Ich bin nicht im Büro."),
    ("french", "Réponse automatique : Quick question", "", "Je suis absent."),
    ("spanish", "Respuesta automática: Quick question", "", "Estoy fuera de la oficina."),
    ("italian", "Risposta automatica: Quick question", "", "Sono fuori ufficio."),
    ("dutch", "Automatisch antwoord: Quick question", "", "Ik ben afwezig."),
    ("russian", "=?UTF-8?B?0JDQstGC0L7QvtGC0LLQtdGCOiBRdWljayBxdWVzdGlvbg==?=", "", "Меня нет в офисе."),
    ("gmail-vacation", "Re: Quick question", "Auto-Submitted: auto-replied\nPrecedence: bulk\nIn-Reply-To: <m-2@send.acme.io>\n", "Vacation responder."),
]
for name, subject, extra, body in autos:
    k = nid()
    add("rfc3834", name, msg(k, "Pat <pat@contoso.com>", subject, body, extra), "AUTO_REPLY")
replies = [
    ("re-with-in-reply-to", "Re: Quick question about your Q4 pipeline", "In-Reply-To: <m-1@send.acme.io>\nReferences: <m-1@send.acme.io>\n", "Sounds good, let's talk Thursday."),
    ("aw-german", "AW: Quick question", "In-Reply-To: <m-3@send.acme.io>\n", "Gerne, rufen Sie mich an."),
    ("references-only", "Your question", "References: <m-4@send.acme.io>\n", "Not interested, thanks."),
    ("sv-swedish", "SV: Quick question", "", "Ja, gärna."),
    ("human-mentions-vacation-in-body", "Re: Quick question", "In-Reply-To: <m-5@send.acme.io>\n", "I was on vacation; can we meet next week? I will be out of office Friday."),
]
for name, subject, extra, body in replies:
    k = nid()
    add("replies", name, msg(k, "Robin <robin@customer.example>", subject, body, extra), "REPLY")
k = nid()
add("replies", "newsletter-other", msg(k, "News <news@vendor.example>", "Our November newsletter", "Hello!", "List-Unsubscribe: <mailto:unsub@vendor.example>\n"), "OTHER")

for source, name, eml, exp in cases:
    os.makedirs(source, exist_ok=True)
    with open(f"{source}/{name}.eml", "wb") as f:
        f.write(eml.encode("utf-8"))
    with open(f"{source}/{name}.json", "w") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
print(len(cases), "messages in", len({c[0] for c in cases}), "sources")
