package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {

    @ParameterizedTest
    @CsvSource({
        "acme.io, acme.io",
        "Send.ACME.io., send.acme.io",
        "' mail.acme.co.uk ', mail.acme.co.uk",
        "a-b.c1.example, a-b.c1.example",
        "bücher.de, xn--bcher-kva.de"})
    void normalisesValidHostNames(String input, String expected) {
        assertThat(DomainName.parse(input).name()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "acme..io", "-acme.io", "acme-.io", "ac_me.io", "acme.io/x",
        "http://acme.io", "192.168.1.1", "a@b.io", "acme .io"})
    void refusesWhatIsNotAHostName(String input) {
        DomainName.Result result = DomainName.parse(input);

        assertThat(result.name()).isEmpty();
        assertThat(result.problem()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {64})
    void refusesLabelsLongerThan63(int length) {
        assertThat(DomainName.parse("a".repeat(length) + ".io").problem()).isPresent();
        assertThat(DomainName.parse("a".repeat(length - 1) + ".io").name()).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "bounces.acme.io, acme.io, true",
        "acme.io, acme.io, true",
        "notacme.io, acme.io, false",
        "acme.io.evil.com, acme.io, false"})
    void knowsSubdomains(String name, String parent, boolean within) {
        assertThat(DomainName.isWithin(name, parent)).isEqualTo(within);
    }
}
