package dev.bankstream.scoring.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bankstream.scoring.online.ActiveModels;
import dev.bankstream.scoring.online.DecisionStores;
import dev.bankstream.scoring.online.ScoringMetrics;
import dev.bankstream.scoring.online.ScoringSerdes;
import dev.bankstream.scoring.online.ScoringTopology;
import dev.bankstream.scoring.rules.RuleBook;
import dev.bankstream.scoring.value.ScoreChanges;
import dev.bankstream.scoring.value.ValueScorer;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Hands the topology to the Kafka Streams extension, which runs it with the kafka-streams.* settings. A command-line
 * job (train) runs with {@code bankstream.scoring.online=false}: without a topology the extension starts no Streams
 * app, so the job neither joins the serving instances' group nor emits flags of its own.
 */
@ApplicationScoped
public class ScoringTopologyProducer {

    @Produces
    @LookupIfProperty(name = "bankstream.scoring.online", stringValue = "true", lookupIfMissing = true)
    Topology topology(ScoringSerdes serdes, RuleBook rules, ActiveModels models, ValueScorer valueScorer,
            ScoreChanges scoreChanges, ScoringMetrics metrics, Clock clock,
            @ConfigProperty(name = "bankstream.scoring.decision-stores") DecisionStores stores) {
        return new ScoringTopology(serdes, rules, models, valueScorer, scoreChanges, metrics, clock, stores).build();
    }
}
