package dev.bankstream.scoring.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.scoring.online.ActiveModels;
import dev.bankstream.scoring.online.ScoringMetrics;
import dev.bankstream.scoring.online.ScoringSerdes;
import dev.bankstream.scoring.rules.RuleBook;
import dev.bankstream.scoring.value.ScoreChanges;
import dev.bankstream.scoring.value.ValueScorer;
import dev.bankstream.scoring.value.ValueSettings;
import io.micrometer.core.instrument.MeterRegistry;

/** The plain domain objects the topology, the REST resources and the commands share, built once from config. */
@Singleton
public class ScoringComponents {

    private static final Logger LOG = Logger.getLogger(ScoringComponents.class);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ScoringMetrics metrics(MeterRegistry registry) {
        return new ScoringMetrics(registry);
    }

    @Produces
    @Singleton
    ActiveModels activeModels(ScoringMetrics metrics, Clock clock,
            @ConfigProperty(name = "bankstream.scoring.model-version") Optional<String> pinnedVersion) {
        return new ActiveModels(metrics, clock, pinnedVersion);
    }

    @Produces
    @Singleton
    ScoringSerdes serdes(@ConfigProperty(name = "bankstream.registry.url") String registryUrl) {
        return ScoringSerdes.forRegistry(registryUrl);
    }

    /** The operator's rule file when one is configured (a broken one stops the start, naming the key), else ours. */
    @Produces
    @Singleton
    RuleBook rules(@ConfigProperty(name = "bankstream.scoring.rules") Optional<Path> file) {
        if (file.isEmpty()) {
            return RuleBook.defaults();
        }
        try {
            RuleBook rules = RuleBook.load(file.get());
            LOG.infof("Behaviour rules from %s: %d rules, version %s", file.get(), rules.rules().size(),
                    rules.version());
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule file " + file.get() + " (bankstream.scoring.rules)",
                    e);
        }
    }

    @Produces
    @Singleton
    ValueScorer valueScorer(
            @ConfigProperty(name = "bankstream.scoring.value.deposit-margin-per-year") double depositMarginPerYear,
            @ConfigProperty(name = "bankstream.scoring.value.cost-per-transaction") double costPerTransaction,
            @ConfigProperty(name = "bankstream.scoring.value.half-value-margin") double halfValueMargin,
            @ConfigProperty(name = "bankstream.scoring.value.risky-from") RiskLevel riskyFrom) {
        return new ValueScorer(new ValueSettings(depositMarginPerYear, costPerTransaction, halfValueMargin, riskyFrom));
    }

    @Produces
    @Singleton
    ScoreChanges scoreChanges(@ConfigProperty(name = "bankstream.scoring.scores.min-change") double minChange) {
        return new ScoreChanges(minChange);
    }
}
