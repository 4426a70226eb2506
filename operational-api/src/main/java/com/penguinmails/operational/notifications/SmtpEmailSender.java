package com.penguinmails.operational.notifications;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends email over SMTP with Jakarta Mail (Angus Mail): one connection per message, optional STARTTLS (required when
 * enabled) and authentication. A 5xx answer is a permanent failure; anything else (4xx, connection trouble) is not.
 */
public final class SmtpEmailSender implements EmailSender {

    private final Session session;
    private final String host;
    private final int port;
    private final InternetAddress from;
    private final String username;
    private final String password;
    private final Clock clock;

    /**
     * @param username null for a server without authentication
     * @param timeout connect, read and write timeout
     */
    public SmtpEmailSender(String host, int port, String from, String username, String password, boolean startTls,
            Duration timeout, Clock clock) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.auth", Boolean.toString(username != null));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", Long.toString(timeout.toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(timeout.toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(timeout.toMillis()));
        this.session = Session.getInstance(properties);
        this.host = host;
        this.port = port;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("invalid sender address " + from, e);
        }
        this.username = username;
        this.password = password;
        this.clock = clock;
    }

    @Override
    public void send(EmailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(from);
            Address[] to = new Address[message.to().size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(message.to().get(i), true);
            }
            mime.setRecipients(Message.RecipientType.TO, to);
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.text(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(clock.instant()));
            if (username == null) {
                Transport.send(mime);
            } else {
                Transport.send(mime, username, password);
            }
        } catch (AddressException e) {
            throw new EmailException("invalid address: " + e.getMessage(), true, e);
        } catch (SendFailedException e) {
            throw new EmailException("the mail server " + host + ":" + port + " refused the message: "
                    + e.getMessage(), isPermanent(e), e);
        } catch (MessagingException e) {
            throw new EmailException("could not send through " + host + ":" + port + ": " + e.getMessage(), false, e);
        }
    }

    private static boolean isPermanent(SendFailedException e) {
        Exception next = e.getNextException();
        int code = e instanceof SMTPSendFailedException sendFailed ? sendFailed.getReturnCode()
                : next instanceof SMTPAddressFailedException addressFailed ? addressFailed.getReturnCode() : 0;
        return code >= 500;
    }
}
