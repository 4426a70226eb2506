package com.penguinmails.operational.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import io.dropwizard.testing.ConfigOverride;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-up is open but limited per source address. */
@ExtendWith(EmbeddedStackExtension.class)
class SignUpThrottleIT {

    private static OperationalApi api;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        api = OperationalApi.start(stack, "sign_up_throttle_it", ConfigOverride.config("access.signUpBurst", "2"),
                ConfigOverride.config("access.signUpsPerHour", "1"));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
    }

    @Test
    void aThirdSignUpFromOneAddressIsRefusedWith429() {
        api.signUp("First", "first@throttle.example");
        api.signUp("Second", "second@throttle.example");

        var third = api.call("POST", "/v1/signup", null, Map.of("organisation", "Third",
                "email", "third@throttle.example", "password", OperationalApi.PASSWORD));

        assertThat(third.statusCode()).isEqualTo(429);
        long organisations = api.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM tenants")
                .mapTo(Long.class).one());
        assertThat(organisations).isEqualTo(2);
    }
}
