package com.penguinmails.streamjobs.attribution;

import java.math.BigDecimal;

/**
 * What the attribution stage remembers of a conversion it has attributed: the conversion, the version of its last
 * emitted credits and how many touches they had (0 = unattributed).
 *
 * @param conversionId see {@link Conversion}
 * @param occurredAtMillis see {@link Conversion}
 * @param conversionType see {@link Conversion}
 * @param value see {@link Conversion}
 * @param currency see {@link Conversion}
 * @param version 1 for the first credits, one more for each recomputation
 * @param touchCount the number of touches of the last emitted journey
 */
public record ConversionState(String conversionId, long occurredAtMillis, String conversionType, BigDecimal value,
        String currency, long version, int touchCount) {

    /** The state of {@code journey} emitted as {@code version}. */
    static ConversionState of(Journey journey, long version) {
        Conversion conversion = journey.conversion();
        return new ConversionState(conversion.conversionId(), conversion.occurredAtMillis(),
                conversion.conversionType(), conversion.value(), conversion.currency(), version,
                journey.touches().size());
    }

    /** The conversion. */
    Conversion conversion() {
        return new Conversion(conversionId, occurredAtMillis, conversionType, value, currency);
    }
}
