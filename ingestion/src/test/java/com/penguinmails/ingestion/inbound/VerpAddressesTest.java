package com.penguinmails.ingestion.inbound;

import static com.penguinmails.ingestion.inbound.InboundSamples.BOUNCE_DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.ingestion.tracking.TenantKeyIds;
import com.penguinmails.ingestion.tracking.TrackingKeyring;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerpAddressesTest {

    private final VerpAddresses verp = new VerpAddresses(InboundSamples.keyring(), 64);

    @Test
    void roundTripsTenantMessageContactAndKeyId() {
        String address = verp.returnPath("acme", "m-12345", "ct-9", BOUNCE_DOMAIN);

        assertThat(address).matches("b-[a-z2-7]+-[a-z2-7]{16}@" + BOUNCE_DOMAIN.replace(".", "\\."));
        assertThat(verp.verify(address)).contains(new VerpAddress(address, "acme", "m-12345", "ct-9", "k2"));
    }

    @Test
    void packsUuidAndNumericIdsSoTypicalIdsFitRfc5321sLimit() {
        String uuid = "0b9f6a44-2f39-4a8e-9c1e-4c3f8f0e2a11";
        String withUuid = verp.returnPath("acme", uuid, null, BOUNCE_DOMAIN);
        String withNumbers = verp.returnPath("acme", "123456789012", "918273645", BOUNCE_DOMAIN);

        assertThat(withUuid.indexOf('@')).isLessThanOrEqualTo(VerpAddresses.RFC_5321_LOCAL_PART_LIMIT);
        assertThat(withNumbers.indexOf('@')).isLessThanOrEqualTo(VerpAddresses.RFC_5321_LOCAL_PART_LIMIT);
        assertThat(verp.verify(withUuid)).hasValueSatisfying(found -> assertThat(found.messageId()).isEqualTo(uuid));
        assertThat(verp.verify(withNumbers)).hasValueSatisfying(found -> {
            assertThat(found.messageId()).isEqualTo("123456789012");
            assertThat(found.contactId()).isEqualTo("918273645");
        });
    }

    @Test
    void keepsIdsThatOnlyLookLikeNumbersOrUuidsExactly() {
        VerpAddresses lenient = new VerpAddresses(InboundSamples.keyring(), VerpAddresses.MAX_LOCAL_PART);
        String upperUuid = "0B9F6A44-2F39-4A8E-9C1E-4C3F8F0E2A11";
        assertThat(verp.verify(lenient.returnPath("acme", upperUuid, "007", BOUNCE_DOMAIN)))
                .hasValueSatisfying(found -> {
                    assertThat(found.messageId()).isEqualTo(upperUuid);
                    assertThat(found.contactId()).isEqualTo("007");
                });
    }

    @Test
    void contactIsOptional() {
        assertThat(verp.verify(verp.returnPath("acme", "m-1", null, BOUNCE_DOMAIN)))
                .hasValueSatisfying(found -> assertThat(found.contactId()).isNull());
    }

    @Test
    void survivesAnMtaThatChangesTheCaseOfTheAddress() {
        String address = verp.returnPath("acme", "Msg-MiXeD", "Ct-9", BOUNCE_DOMAIN);

        assertThat(verp.verify(address.toUpperCase(Locale.ROOT))).hasValueSatisfying(found -> {
            assertThat(found.messageId()).isEqualTo("Msg-MiXeD");
            assertThat(found.contactId()).isEqualTo("Ct-9");
        });
        assertThat(verp.verify(address.toLowerCase(Locale.ROOT))).isPresent();
    }

    @Test
    void acceptsAngleBracketsAndAMessageIdShape() {
        String local = verp.localPart("acme", "m-1", "ct-1");

        assertThat(verp.verify("<" + local + "@" + BOUNCE_DOMAIN + ">")).isPresent();
        assertThat(verp.verify(" <" + local + "@send.acme.test> ")).isPresent();
        assertThat(verp.verify(local)).isPresent();
    }

    @Test
    void refusesEveryAlteredCharacter() {
        String address = verp.returnPath("acme", "m-12345", "ct-9", BOUNCE_DOMAIN);
        String local = address.substring(0, address.indexOf('@'));
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            char other = c == 'a' ? 'b' : c == '-' ? 'x' : 'a';
            String tampered = local.substring(0, i) + other + local.substring(i + 1) + "@" + BOUNCE_DOMAIN;
            assertThat(verp.verify(tampered)).as("changed position %d", i).isEmpty();
        }
        assertThat(verp.verify(local + "a@" + BOUNCE_DOMAIN)).isEmpty();
        assertThat(verp.verify(local.substring(0, local.length() - 1) + "@" + BOUNCE_DOMAIN)).isEmpty();
    }

    @Test
    void refusesAPayloadMovedToAnotherTenantAndAddressesOfAnotherKeyring() {
        String acme = verp.localPart("acme", "m-1", "ct-1");
        String globex = verp.localPart("globex", "m-1", "ct-1");
        String acmeMac = acme.substring(acme.lastIndexOf('-'));
        String globexPayload = globex.substring(0, globex.lastIndexOf('-'));

        assertThat(verp.verify(globexPayload + acmeMac)).isEmpty();
        byte[] otherMaster = new byte[32];
        VerpAddresses otherKeys = new VerpAddresses(new TrackingKeyring(otherMaster,
                List.of(new TenantKeyIds("acme", "k2", Set.of("k1")))), 64);
        assertThat(otherKeys.verify(acme)).isEmpty();
    }

    @Test
    void aRetiredKeyStillVerifiesAndARemovedOneNoLonger() {
        VerpAddresses beforeRotation = new VerpAddresses(InboundSamples.keyring(
                List.of(new TenantKeyIds("acme", "k1", Set.of()))), 64);
        String old = beforeRotation.returnPath("acme", "m-1", "ct-1", BOUNCE_DOMAIN);

        assertThat(verp.verify(old)).hasValueSatisfying(found -> assertThat(found.keyId()).isEqualTo("k1"));
        VerpAddresses afterRemoval = new VerpAddresses(InboundSamples.keyring(
                List.of(new TenantKeyIds("acme", "k2", Set.of()))), 64);
        assertThat(afterRemoval.verify(old)).isEmpty();
        assertThat(afterRemoval.verify(verp.returnPath("acme", "m-1", "ct-1", BOUNCE_DOMAIN))).isPresent();
    }

    @Test
    void refusesIdsThatDoNotFitTheLimitUnlessItIsRaised() {
        String longId = "message-" + "x".repeat(40);

        assertThatThrownBy(() -> verp.returnPath("acme", longId, "ct-1", BOUNCE_DOMAIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over the limit of 64");
        VerpAddresses lenient = new VerpAddresses(InboundSamples.keyring(), 200);
        String address = lenient.returnPath("acme", longId, "ct-1", BOUNCE_DOMAIN);
        assertThat(address.indexOf('@')).isGreaterThan(64);
        assertThat(verp.verify(address)).hasValueSatisfying(found -> assertThat(found.messageId()).isEqualTo(longId));
    }

    @Test
    void refusesUnknownTenantsAndWhatIsNotOurs() {
        assertThatThrownBy(() -> verp.returnPath("initech", "m-1", "ct-1", BOUNCE_DOMAIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(verp.verify("postmaster@" + BOUNCE_DOMAIN)).isEmpty();
        assertThat(verp.verify("b-@" + BOUNCE_DOMAIN)).isEmpty();
        assertThat(verp.verify("b-" + "a".repeat(300) + "@" + BOUNCE_DOMAIN)).isEmpty();
        assertThat(verp.verify("")).isEmpty();
        assertThat(verp.verify(null)).isEmpty();
    }
}
