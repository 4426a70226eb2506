package com.penguinmails.traffic;

import com.penguinmails.traffic.recipients.MailboxProvider;
import com.penguinmails.traffic.recipients.MailboxProvider.Profile;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The configured average rates turned into per-provider rates: each provider's profile multiplier divided by the
 * mix-weighted average multiplier, so providers differ while the average over the mix stays at the configured rate.
 */
final class ProviderRates {

    private final double[] hardBounce;
    private final double[] block;
    private final double[] softBounce;
    private final double[] deferral;
    private final double[] read;
    private final double[] complaint;
    private final double[] autoReply;

    ProviderRates(OutcomeRates rates, Map<MailboxProvider, Double> mix) {
        hardBounce = perProvider(rates.hardBounce(), Profile::hardBounce, mix);
        block = perProvider(rates.block(), Profile::block, mix);
        softBounce = perProvider(rates.softBounce(), Profile::softBounce, mix);
        deferral = perProvider(rates.deferral(), Profile::deferral, mix);
        read = perProvider(rates.read(), Profile::read, mix);
        complaint = perProvider(rates.complaint(), Profile::complaint, mix);
        autoReply = perProvider(rates.autoReply(), Profile::autoReply, mix);
    }

    double hardBounce(MailboxProvider provider) {
        return hardBounce[provider.ordinal()];
    }

    double block(MailboxProvider provider) {
        return block[provider.ordinal()];
    }

    double softBounce(MailboxProvider provider) {
        return softBounce[provider.ordinal()];
    }

    double deferral(MailboxProvider provider) {
        return deferral[provider.ordinal()];
    }

    double read(MailboxProvider provider) {
        return read[provider.ordinal()];
    }

    double complaint(MailboxProvider provider) {
        return complaint[provider.ordinal()];
    }

    double autoReply(MailboxProvider provider) {
        return autoReply[provider.ordinal()];
    }

    private static double[] perProvider(double rate, ToDoubleFunction<Profile> multiplier,
            Map<MailboxProvider, Double> mix) {
        double total = 0;
        double weighted = 0;
        for (MailboxProvider provider : MailboxProvider.values()) {
            double share = mix.getOrDefault(provider, 0.0);
            total += share;
            weighted += share * multiplier.applyAsDouble(provider.profile());
        }
        double average = weighted / total;
        double[] rates = new double[MailboxProvider.values().length];
        for (MailboxProvider provider : MailboxProvider.values()) {
            rates[provider.ordinal()] = average > 0 ? rate * multiplier.applyAsDouble(provider.profile()) / average : 0;
        }
        return rates;
    }
}
