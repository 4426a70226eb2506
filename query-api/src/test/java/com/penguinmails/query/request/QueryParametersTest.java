package com.penguinmails.query.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void returnsSingleValuesAndEmptyForAbsentOptionalOnes() {
        QueryParameters parameters = new QueryParameters(Map.of("from", List.of("a")));

        assertThat(parameters.required("from")).isEqualTo("a");
        assertThat(parameters.optional("from")).contains("a");
        assertThat(parameters.optional("campaign_id")).isEmpty();
    }

    @Test
    void rejectsUnknownNamesListingThemAndTheAcceptedOnes() {
        QueryParameters parameters = new QueryParameters(
                Map.of("from", List.of("a"), "tenant_id", List.of("other"), "form", List.of("b")));

        assertThatThrownBy(() -> parameters.rejectUnknown(Set.of("from", "to")))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("unknown query parameter(s): 'form', 'tenant_id'; accepted: from, to");
    }

    @Test
    void acceptsKnownNames() {
        new QueryParameters(Map.of("from", List.of("a"))).rejectUnknown(Set.of("from", "to"));
    }

    @Test
    void rejectsRepeatedParameters() {
        QueryParameters parameters = new QueryParameters(Map.of("campaign_id", List.of("c-1", "c-2")));

        assertThatThrownBy(() -> parameters.optional("campaign_id"))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("query parameter 'campaign_id' must be given at most once");
    }

    @Test
    void rejectsMissingOrBlankRequiredParameters() {
        QueryParameters parameters = new QueryParameters(Map.of("to", List.of(" ")));

        assertThatThrownBy(() -> parameters.required("from"))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("missing required query parameter 'from'");
        assertThatThrownBy(() -> parameters.required("to"))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("query parameter 'to' must not be empty");
    }

    @Test
    void quotesLongUnknownNamesShortened() {
        QueryParameters parameters = new QueryParameters(Map.of("y".repeat(500), List.of("")));

        assertThatThrownBy(() -> parameters.rejectUnknown(Set.of("from")))
                .hasMessageStartingWith("unknown query parameter(s): '" + "y".repeat(64) + "...'");
    }
}
