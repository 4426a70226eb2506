package com.penguinmails.operational.billing;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A Stripe call that failed after stripe-java's retries, answered without Stripe's internals: 503 with
 * {@code Retry-After} when Stripe was unreachable, overloaded or failing (sending the same request again is safe: it
 * carries the same idempotency key), 402 when the card was declined, 409 when an earlier request with the same key had
 * different parameters, 502 otherwise.
 */
public final class BillingProviderException extends WebApplicationException {

    private static final int RETRY_AFTER_SECONDS = 5;

    private BillingProviderException(int status, String message, StripeException cause) {
        super(message, cause, answer(status, message));
    }

    private static Response answer(int status, String message) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("code", status, "message", message));
        if (status == 503) {
            answer.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }

    /** The answer for {@code failure}. */
    public static BillingProviderException from(StripeException failure) {
        if (failure instanceof ApiConnectionException || failure instanceof RateLimitException
                || failure instanceof ApiException || failure.getStatusCode() != null && failure.getStatusCode() >= 500) {
            return new BillingProviderException(503,
                    "the payment provider is unavailable; send the same request again later (it is idempotent)",
                    failure);
        }
        if (failure instanceof CardException card) {
            return new BillingProviderException(402, "the payment was declined: "
                    + (card.getDeclineCode() != null ? card.getDeclineCode() : card.getCode()), failure);
        }
        if (failure instanceof IdempotencyException) {
            return new BillingProviderException(409, "an earlier attempt of this change with other parameters may have "
                    + "succeeded; repeat it with the same parameters or read the subscription first", failure);
        }
        return new BillingProviderException(502, "the payment provider refused the request ("
                + failure.getCode() + ")", failure);
    }
}
