package com.penguinmails.streamjobs.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailboxProvidersTest {

    private static final MailboxProviders PROVIDERS = MailboxProviders.loadDefault();

    @ParameterizedTest
    @CsvSource({
        "gmail-smtp-in.l.google.com, google",
        "aspmx.l.google.com, google",
        "ALT1.ASPMX.L.GOOGLE.COM., google",
        "acme-io.mail.protection.outlook.com, microsoft",
        "outlook-com.olc.protection.outlook.com, microsoft",
        "mta5.am0.yahoodns.net, yahoo",
        "mx-aol.mail.gm0.yahoodns.net, yahoo",
        "mx01.mail.icloud.com, apple",
        "mail.protonmail.ch, proton",
        "mx.zoho.eu, zoho",
        "mx.zoho.com.au, zoho",
        "mx.yandex.net, yandex",
        "mxs.mail.ru, mailru",
        "mx00.emig.gmx.net, gmx",
        "mx-ha03.web.de, gmx",
        "us-smtp-inbound-1.mimecast.com, mimecast",
        "mx0a-00156401.pphosted.com, proofpoint",
        "d12345a.ess.barracudanetworks.com, barracuda",
        "mx1.hc1234-56.iphmx.com, cisco"
    })
    void namesTheProviderOfAnMxHost(String mxHost, String provider) {
        assertThat(PROVIDERS.byMxHost(mxHost)).isEqualTo(provider);
        assertThat(PROVIDERS.provider(mxHost, "acme-corp.com")).isEqualTo(provider);
    }

    @ParameterizedTest
    @CsvSource({
        "gmail.com, google",
        "hotmail.co.uk, microsoft",
        "outlook.com, microsoft",
        "live.com, microsoft",
        "yahoo.co.jp, yahoo",
        "aol.com, yahoo",
        "icloud.com, apple",
        "me.com, apple",
        "proton.me, proton",
        "protonmail.com, proton",
        "zoho.com, zoho",
        "yandex.ru, yandex",
        "mail.ru, mailru",
        "gmx.de, gmx",
        "web.de, gmx"
    })
    void fallsBackToConsumerDomainsWhenTheMxIsUnknown(String domain, String provider) {
        assertThat(PROVIDERS.provider(null, domain)).isEqualTo(provider);
        assertThat(PROVIDERS.provider("", domain.toUpperCase())).isEqualTo(provider);
    }

    @Test
    void theMxHostWinsOverTheRecipientDomain() {
        // A company domain hosted at Microsoft 365: the name says nothing, the MX says everything.
        assertThat(PROVIDERS.provider("globex-com.mail.protection.outlook.com", "globex.com")).isEqualTo("microsoft");
        // A Gmail-looking address behind a gateway is what the gateway filters.
        assertThat(PROVIDERS.provider("eu-smtp-inbound-1.mimecast.com", "gmail.com")).isEqualTo("mimecast");
    }

    @Test
    void unlistedHostsAndDomainsAreOtherAndNothingIsNull() {
        assertThat(PROVIDERS.provider("mail.acme-corp.com", "acme-corp.com")).isEqualTo(MailboxProviders.OTHER);
        assertThat(PROVIDERS.provider(null, "acme-corp.com")).isEqualTo(MailboxProviders.OTHER);
        assertThat(PROVIDERS.provider(null, " ")).isNull();
        // A suffix matches at a label boundary only.
        assertThat(PROVIDERS.byMxHost("mx.notgoogle.com")).isNull();
        assertThat(PROVIDERS.byRecipientDomain("mygmail.com")).isNull();
    }

    @Test
    void theLongestListedSuffixWins() {
        MailboxProviders providers = MailboxProviders.load(
                new StringReader("suffix,provider,source\nexample.com,outer,a\ngw.example.com,inner,b, with comma\n"),
                "mx.csv", new StringReader("domain,provider,source\n"), "domains.csv");
        assertThat(providers.byMxHost("mx1.gw.example.com")).isEqualTo("inner");
        assertThat(providers.byMxHost("mx1.example.com")).isEqualTo("outer");
    }

    @Test
    void rejectsMalformedDataNamingFileAndLine() {
        assertThatThrownBy(() -> load("suffix,provider,source\n# c\nexample.com,Bad Code,src\n"))
                .isInstanceOf(ProviderDataException.class).hasMessageStartingWith("mx.csv:3: provider code");
        assertThatThrownBy(() -> load("suffix,provider,source\nexample.com,a,src\nEXAMPLE.com,b,src\n"))
                .hasMessage("mx.csv:3: 'example.com' is listed twice");
        assertThatThrownBy(() -> load("suffix,provider,source\nexample.com,a\n"))
                .hasMessageStartingWith("mx.csv:2: expected");
        assertThatThrownBy(() -> load("host,provider,source\n")).hasMessageStartingWith("mx.csv:1: header must be");
        assertThatThrownBy(() -> load("suffix,provider,source\nexa mple.com,a,src\n"))
                .hasMessage("mx.csv:2: 'exa mple.com' is not a host or domain name");
    }

    private static MailboxProviders load(String mxHosts) {
        return MailboxProviders.load(new StringReader(mxHosts), "mx.csv",
                new StringReader("domain,provider,source\n"), "domains.csv");
    }
}
