package com.penguinmails.traffic.smtp;

/**
 * What a receiving mail server answered.
 *
 * @param code the SMTP reply code, e.g. 550
 * @param enhancedStatusCode the RFC 3463 code, e.g. {@code 5.1.1}
 * @param diagnostic the server's text, as an MTA would log it
 */
public record SmtpReply(int code, String enhancedStatusCode, String diagnostic) {
}
