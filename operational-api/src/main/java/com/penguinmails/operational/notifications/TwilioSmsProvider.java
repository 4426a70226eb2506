package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Sends SMS through Twilio's Messages API: {@code POST <baseUrl>/2010-04-01/Accounts/<account sid>/Messages.json}
 * with HTTP basic authentication (account SID, auth token) and the form fields {@code To}, {@code From},
 * {@code Body}; the answer {@code 201} carries the message {@code sid}. Errors answer
 * {@code {"code": 21211, "message": "...", "status": 400}}: 4xx other than 429 are permanent, 429, 5xx and timeouts
 * are retried. The base URL is configurable, so tests point it at a local fake that speaks the same protocol.
 */
public final class TwilioSmsProvider implements SmsProvider {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI messagesUri;
    private final String authorization;
    private final String from;
    private final HttpClient http;
    private final Duration timeout;

    /** @param baseUrl e.g. {@code https://api.twilio.com} */
    public TwilioSmsProvider(String baseUrl, String accountSid, String authToken, String from, HttpClient http,
            Duration timeout) {
        this.messagesUri = URI.create(baseUrl.replaceAll("/+$", "") + "/2010-04-01/Accounts/"
                + URLEncoder.encode(accountSid, StandardCharsets.UTF_8) + "/Messages.json");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.from = from;
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public String send(String to, String text) {
        String form = "To=" + URLEncoder.encode(to, StandardCharsets.UTF_8)
                + "&From=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&Body=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(messagesUri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SmsException("the SMS provider did not answer within " + timeout, null, false, e);
        } catch (IOException e) {
            throw new SmsException("the SMS provider could not be reached: " + e, null, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("interrupted while sending an SMS", null, false, e);
        }
        int status = response.statusCode();
        JsonNode body = json(response.body());
        if (status >= 200 && status < 300 && body.hasNonNull("sid")) {
            return body.get("sid").asText();
        }
        String reason = body.hasNonNull("message") ? body.get("message").asText() : "no error message";
        String code = body.hasNonNull("code") ? " (code " + body.get("code").asText() + ")" : "";
        boolean permanent = status >= 400 && status < 500 && status != 429;
        throw new SmsException("the SMS provider answered HTTP " + status + ": " + reason + code, status, permanent,
                null);
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = MAPPER.readTree(body == null ? "" : body);
            return node == null ? MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }
}
