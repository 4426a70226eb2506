package com.penguinmails.query.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProportionTestsTest {

    // Reference p-values: chi-square 3.92157 with 1 df -> erfc(sqrt(x / 2)); 12.5 with 2 df -> exp(-x / 2).
    @Test
    void chiSquareMatchesTheHandComputedTwoByTwoTable() {
        double p = ProportionTests.chiSquarePValue(List.of(
                new VariantOutcome("A", 100, 10), new VariantOutcome("B", 100, 20)));

        assertThat(p).isCloseTo(0.0476704, within(1e-6));
    }

    @Test
    void chiSquareMatchesTheHandComputedThreeVariantTable() {
        double p = ProportionTests.chiSquarePValue(List.of(new VariantOutcome("A", 100, 10),
                new VariantOutcome("B", 100, 20), new VariantOutcome("C", 100, 30)));

        assertThat(p).isCloseTo(0.00193045, within(1e-7));
    }

    @Test
    void zTestOfTwoVariantsEqualsTheChiSquareTest() {
        VariantOutcome a = new VariantOutcome("A", 100, 10);
        VariantOutcome b = new VariantOutcome("B", 100, 20);

        assertThat(ProportionTests.twoProportionPValue(a, b)).isCloseTo(0.0476704, within(1e-6));
        assertThat(ProportionTests.twoProportionPValue(b, a)).isCloseTo(0.0476704, within(1e-6));
    }

    @Test
    void identicalVariantsShowNoDifference() {
        VariantOutcome a = new VariantOutcome("A", 500, 40);
        VariantOutcome b = new VariantOutcome("B", 500, 40);

        assertThat(ProportionTests.twoProportionPValue(a, b)).isCloseTo(1.0, within(1e-12));
        assertThat(ProportionTests.chiSquarePValue(List.of(a, b))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void noSuccessOrNoFailureAnywhereGivesPValueOne() {
        List<VariantOutcome> noSuccess = List.of(new VariantOutcome("A", 200, 0), new VariantOutcome("B", 300, 0));
        List<VariantOutcome> allSuccess = List.of(new VariantOutcome("A", 200, 200), new VariantOutcome("B", 3, 3));

        assertThat(ProportionTests.chiSquarePValue(noSuccess)).isEqualTo(1.0);
        assertThat(ProportionTests.chiSquarePValue(allSuccess)).isEqualTo(1.0);
        assertThat(ProportionTests.twoProportionPValue(noSuccess.get(0), noSuccess.get(1))).isEqualTo(1.0);
    }

    @Test
    void oneVariantOrAnUntriedOneGivesPValueOne() {
        VariantOutcome a = new VariantOutcome("A", 200, 20);

        assertThat(ProportionTests.chiSquarePValue(List.of(a))).isEqualTo(1.0);
        assertThat(ProportionTests.chiSquarePValue(List.of(a, new VariantOutcome("B", 0, 0)))).isEqualTo(1.0);
        assertThat(ProportionTests.twoProportionPValue(a, new VariantOutcome("B", 0, 0))).isEqualTo(1.0);
    }
}
