package com.penguinmails.operational.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void writesAPhcStringWithTheOwaspParametersAndAFreshSaltEachTime() {
        String first = hasher.hash("correct horse battery staple");
        String second = hasher.hash("correct horse battery staple");

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("correct horse battery staple", second)).isTrue();
    }

    @Test
    void verifiesHashesMadeWithOtherParametersAndAsksForARehash() {
        Argon2idPasswordHasher weaker = new Argon2idPasswordHasher(8 * 1024, 1, 1);
        String old = weaker.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("x"))).isFalse();
    }

    @Test
    void matchesAnArgon2idHashOfTheReferenceImplementation() {
        // Debian's argon2 CLI (the reference implementation): echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(hasher.verify("password", reference)).isTrue();
    }

    @Test
    void refusesSomethingThatIsNotAnArgon2idHash() {
        assertThatThrownBy(() -> hasher.verify("password", "$2a$10$abcdefghijklmnopqrstuv"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
