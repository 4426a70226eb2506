package com.penguinmails.query.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbTestAnalysisTest {

    @Test
    void declaresAWinnerWhenSignificantAndMostProbablyBest() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 1000, 50), new VariantOutcome("B", 1000, 90)));

        assertThat(analysis.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(analysis.leader()).isEqualTo("B");
        assertThat(analysis.runnerUp()).isEqualTo("A");
        assertThat(analysis.chiSquarePValue()).isLessThan(0.05);
        VariantAnalysis a = analysis.variants().get(0);
        assertThat(a.pValueVersusLeader()).isCloseTo(analysis.chiSquarePValue(), within(1e-9));
        assertThat(analysis.variants().get(1).pValueVersusLeader()).isNull();
        assertThat(analysis.variants().get(1).probabilityBest()).isGreaterThan(0.99);
    }

    @Test
    void callsAProbableButNotSignificantLeadPromising() {
        // 10 % vs 17 % of 100 each: p = 0.1475 (not even < 0.10) but P(B best) = 0.9234 (>= 0.90, < 0.95).
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 100, 10), new VariantOutcome("B", 100, 17)));

        assertThat(analysis.chiSquarePValue()).isBetween(0.10, 0.20);
        assertThat(analysis.variants().get(1).probabilityBest()).isBetween(0.90, 0.95);
        assertThat(analysis.verdict()).isEqualTo(Verdict.PROMISING);
    }

    @Test
    void identicalVariantsAreInconclusiveAndNeedNoFiniteSample() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 500, 50), new VariantOutcome("B", 500, 50)));

        assertThat(analysis.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(analysis.requiredSampleSize()).isEmpty();
        assertThat(analysis.variants()).allSatisfy(v -> assertThat(v.probabilityBest()).isCloseTo(0.5, within(1e-9)));
    }

    @Test
    void anyVariantBelowOneHundredSendsIsInsufficientData() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 5000, 100), new VariantOutcome("B", 99, 60)));

        assertThat(analysis.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(analysis.leader()).isEqualTo("B");
    }

    @Test
    void oneVariantIsInsufficientDataWithoutRunnerUpOrSampleSize() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(new VariantOutcome("A", 5000, 100)));

        assertThat(analysis.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(analysis.leader()).isEqualTo("A");
        assertThat(analysis.runnerUp()).isNull();
        assertThat(analysis.requiredSampleSize()).isEmpty();
        assertThat(analysis.chiSquarePValue()).isEqualTo(1.0);
    }

    @Test
    void zeroSuccessesEverywhereIsInconclusiveWithWilsonBoundsFromZero() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 200, 0), new VariantOutcome("B", 200, 0)));

        assertThat(analysis.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(analysis.variants()).allSatisfy(v -> {
            assertThat(v.interval().lower()).isZero();
            assertThat(v.interval().upper()).isCloseTo(0.018846, within(1e-6));
        });
    }

    @Test
    void allSuccessesGiveAnUpperBoundOfOne() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 150, 150), new VariantOutcome("B", 150, 140)));

        assertThat(analysis.variants().get(0).interval().upper()).isEqualTo(1.0);
        assertThat(analysis.leader()).isEqualTo("A");
        assertThat(analysis.verdict()).isEqualTo(Verdict.WINNER);
    }

    @Test
    void reportsTheSampleSizeForTheLeadersObservedLead() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(new VariantOutcome("A", 200, 20),
                new VariantOutcome("B", 200, 30), new VariantOutcome("C", 200, 5)));

        assertThat(analysis.leader()).isEqualTo("B");
        assertThat(analysis.runnerUp()).isEqualTo("A");
        assertThat(analysis.requiredSampleSize()).hasValue(686);
    }

    @Test
    void aVariantWithoutSendsHasNoInterval() {
        AbTestAnalysis analysis = AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 0, 0), new VariantOutcome("B", 300, 30)));

        assertThat(analysis.variants().get(0).interval()).isNull();
        assertThat(analysis.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    }

    @Test
    void rejectsDuplicateVariantNamesAndImpossibleCounts() {
        assertThatThrownBy(() -> AbTestAnalysis.of(List.of(
                new VariantOutcome("A", 1, 0), new VariantOutcome("A", 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VariantOutcome("A", 5, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
