package com.penguinmails.operational.sessions;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The 401 body of a refused sign-in. The message is the same whether the email is unknown, the password wrong or the
 * account locked; {@code secondFactorRequired} is true only after a right password on an account with two-factor on.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignInRefusal(int code, String message, boolean secondFactorRequired) {

    static final String WRONG = "wrong email, password or code, or the account is temporarily locked";
    static final String SECOND_FACTOR = "a TOTP code or a backup code is required";
}
