package com.penguinmails.streamjobs.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.enrichment.EngagementKeys;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttributionFunctionTest {

    private static final AttributionSettings SETTINGS = AttributionSettings.defaults();

    private KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, AttributionCredit> harness;

    @AfterEach
    void closeHarness() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void creditsTheHumanTouchesBeforeAConversion() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");

        process(contact.open(Duration.ofDays(3), "c-1", EngagementClass.human));
        process(contact.click(Duration.ofDays(1), "c-2", EngagementClass.human));
        process(contact.reply(Duration.ofHours(1), "c-2", false));
        List<AttributionCredit> credits = process(contact.conversion("conv-1", Duration.ZERO, "900", "USD"));

        assertThat(credits).hasSize(5 * 3).allMatch(c -> c.version() == 1 && c.attributed());
        assertThat(credit(credits, "linear", 0).revenue()).isEqualTo(300.0);
        assertThat(credits).filteredOn(c -> c.model().equals("first_touch") && c.credit() == 1.0)
                .extracting(AttributionCredit::campaignId, AttributionCredit::touchKind)
                .containsExactly(tuple("c-1", "open"));
        assertThat(credits).filteredOn(c -> c.model().equals("last_touch") && c.credit() == 1.0)
                .extracting(AttributionCredit::touchKind).containsExactly("reply");
        List<AttributedJourney> journeys = journeys();
        assertThat(journeys).singleElement().satisfies(journey -> {
            assertThat(journey.touchCount()).isEqualTo(3);
            assertThat(journey.contactId()).isEqualTo("ct-1");
            assertThat(journey.touchesJson()).contains("\"kind\":\"open\"", "\"time_decay\":");
        });
    }

    @Test
    void lateTouchBeforeAProcessedConversionEmitsANewVersion() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");

        List<AttributionCredit> first = process(contact.conversion("conv-1", Duration.ZERO, "100", "EUR"));
        List<AttributionCredit> second = process(contact.open(Duration.ofDays(2), "c-1", EngagementClass.human));
        List<AttributionCredit> third = process(contact.click(Duration.ofDays(5), "c-2", EngagementClass.human));

        assertThat(first).hasSize(5).allMatch(c -> !c.attributed() && c.credit() == 1.0 && c.revenue() == 100.0
                && c.campaignId().isEmpty() && c.version() == 1);
        // The unattributed rows are zeroed in the same version that credits the touch.
        assertThat(second).hasSize(10).allMatch(c -> c.version() == 2);
        assertThat(second).filteredOn(c -> !c.attributed()).hasSize(5).allMatch(c -> c.credit() == 0 && c.revenue() == 0);
        assertThat(second).filteredOn(AttributionCredit::attributed).hasSize(5).allMatch(c -> c.credit() == 1.0);
        assertThat(third).hasSize(10).allMatch(c -> c.version() == 3 && c.attributed());
        assertThat(credit(third, "first_touch", 0).campaignId()).isEqualTo("c-2");
        assertThat(journeys()).extracting(AttributedJourney::version).containsExactly(1L, 2L, 3L);
    }

    @Test
    void touchesAfterTheConversionNeverCount() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");

        process(contact.conversion("conv-1", Duration.ZERO, null, null));
        List<AttributionCredit> after = process(contact.open(Duration.ofMillis(-1), "c-1", EngagementClass.human));

        assertThat(after).isEmpty();
        assertThat(journeys()).singleElement().extracting(AttributedJourney::touchCount).isEqualTo(0);
    }

    @Test
    void machineOpensScannerClicksAutoRepliesAndUnclassifiedEventsAreNoTouches() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");

        process(contact.open(Duration.ofDays(1), "c-1", EngagementClass.apple_mpp));
        process(contact.click(Duration.ofDays(1), "c-1", EngagementClass.security_scanner));
        process(contact.click(Duration.ofDays(1), "c-1", EngagementClass.image_proxy));
        process(contact.open(Duration.ofDays(1), "c-1", null));
        process(contact.reply(Duration.ofDays(1), "c-1", true));
        List<AttributionCredit> credits = process(contact.conversion("conv-1", Duration.ZERO, "5", "USD"));

        assertThat(credits).hasSize(5).noneMatch(AttributionCredit::attributed);
    }

    @Test
    void imageProxyOpensCountAsHuman() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");

        process(contact.open(Duration.ofDays(1), "c-1", EngagementClass.image_proxy));
        List<AttributionCredit> credits = process(contact.conversion("conv-1", Duration.ZERO, "5", "USD"));

        assertThat(credits).hasSize(5).allMatch(AttributionCredit::attributed);
    }

    @Test
    void onlyConfiguredTouchKindsAndTheTenantsLookbackCount() throws Exception {
        open(new AttributionSettings(Duration.ofDays(30), Map.of(ContactEvents.TENANT, Duration.ofDays(7)),
                Duration.ofDays(7), EnumSet.of(TouchKind.CLICK), Duration.ofDays(7), Duration.ofDays(60)));
        ContactEvents contact = new ContactEvents("ct-1");

        process(contact.click(Duration.ofDays(8), "c-old", EngagementClass.human));
        process(contact.open(Duration.ofDays(1), "c-open", EngagementClass.human));
        process(contact.click(Duration.ofDays(6), "c-click", EngagementClass.human));
        List<AttributionCredit> credits = process(contact.conversion("conv-1", Duration.ZERO, "5", "USD"));

        assertThat(credits).hasSize(5).extracting(AttributionCredit::campaignId).containsOnly("c-click");
    }

    @Test
    void touchesLaterThanTheAllowedLatenessNoLongerChangeAConversion() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");

        process(contact.conversion("conv-1", Duration.ZERO, "5", "USD"));
        process(contact.open(Duration.ofDays(-8), "c-next", EngagementClass.human));
        List<AttributionCredit> late = process(contact.open(Duration.ofDays(1), "c-1", EngagementClass.human));

        assertThat(late).isEmpty();
    }

    @Test
    void repeatedConversionIsIgnoredAndConversionWithoutContactIsUnattributed() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");
        Event conversion = contact.conversion("conv-1", Duration.ZERO, "5", "USD");
        Event anonymous = Event.newBuilder(contact.conversion("conv-2", Duration.ZERO, "7", "USD"))
                .setContactId(null).build();

        process(conversion);
        List<AttributionCredit> repeated = process(conversion);
        List<AttributionCredit> unattributed = process(anonymous);

        assertThat(repeated).isEmpty();
        assertThat(unattributed).hasSize(5).allMatch(c -> !c.attributed() && c.revenue() == 7.0);
    }

    @Test
    void stateSurvivesSnapshotAndRestore() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");
        process(contact.open(Duration.ofDays(3), "c-1", EngagementClass.human));
        process(contact.conversion("conv-1", Duration.ZERO, "10", "USD"));
        OperatorSubtaskState snapshot = harness.snapshot(1L, 1L);
        harness.close();

        harness = newHarness(SETTINGS);
        harness.initializeState(snapshot);
        harness.open();
        List<AttributionCredit> late = process(contact.click(Duration.ofDays(1), "c-2", EngagementClass.human));

        assertThat(late).hasSize(10).allMatch(c -> c.version() == 2);
        assertThat(credit(late, "first_touch", 0).campaignId()).isEqualTo("c-1");
        assertThat(credit(late, "last_touch", 1).campaignId()).isEqualTo("c-2");
        assertThat(credit(late, "last_touch", 1).credit()).isEqualTo(1.0);
    }

    @Test
    void idleContactsStateExpires() throws Exception {
        open(SETTINGS);
        ContactEvents contact = new ContactEvents("ct-1");
        harness.setStateTtlProcessingTime(0);
        process(contact.open(Duration.ofDays(3), "c-1", EngagementClass.human));
        harness.setStateTtlProcessingTime(SETTINGS.stateTtl().toMillis() + 1);

        List<AttributionCredit> credits = process(contact.conversion("conv-1", Duration.ZERO, "10", "USD"));

        assertThat(credits).hasSize(5).noneMatch(AttributionCredit::attributed);
    }

    @Test
    void stateTypesUseFlinksPojoSerializer() {
        assertThat(TypeInformation.of(Touch.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(ConversionState.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(AttributionCredit.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(AttributedJourney.class)).isInstanceOf(PojoTypeInfo.class);
    }

    private void open(AttributionSettings settings) throws Exception {
        harness = newHarness(settings);
        harness.open();
    }

    private static KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, AttributionCredit>
            newHarness(AttributionSettings settings) throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new AttributionFunction(settings)), EngagementKeys.byContact(),
                EngagementKeys.TYPE);
    }

    /** Processes one event and returns the credit rows it produced. */
    private List<AttributionCredit> process(Event event) throws Exception {
        int before = harness.extractOutputValues().size();
        harness.processElement(new StreamRecord<>(event));
        List<AttributionCredit> all = harness.extractOutputValues();
        return all.subList(before, all.size());
    }

    private List<AttributedJourney> journeys() {
        return harness.getSideOutput(AttributionFunction.JOURNEYS).stream().map(StreamRecord::getValue).toList();
    }

    /** The {@code index}-th touch row of {@code model} among {@code credits}. */
    private static AttributionCredit credit(List<AttributionCredit> credits, String model, int index) {
        return credits.stream().filter(c -> c.model().equals(model) && c.attributed()).toList().get(index);
    }
}
