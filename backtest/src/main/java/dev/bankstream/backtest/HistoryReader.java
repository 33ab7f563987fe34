package dev.bankstream.backtest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

import dev.bankstream.backtest.report.FlagEvaluation;
import dev.bankstream.backtest.report.History;
import dev.bankstream.backtest.report.LoanRecord;
import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicReader;
import dev.bankstream.contract.TopicSpec;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.TransactionKind;

/**
 * Reads what the report needs from a platform's topics, committed records only, without a consumer group; the
 * transactions are scanned, not kept. Records that cannot be decoded are counted and named on the console.
 */
final class HistoryReader {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final String bootstrapServers;
    private final String registryUrl;
    private final PrintStream out;

    HistoryReader(String bootstrapServers, String registryUrl, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        this.out = out;
    }

    History read(Path dataFolder) throws IOException {
        TopicReader reader = new TopicReader(bootstrapServers, PATIENCE);

        List<RiskFlag> flags = readAll(reader, Topics.RISK_FLAGS);
        Map<Long, LoanOutcome> outcomes = new HashMap<>();
        // An outcome stated twice (the demo replays in two parts) counts as of its latest statement.
        readAll(reader, Topics.LOAN_OUTCOMES).forEach(outcome -> outcomes.merge(outcome.getLoanId(), outcome,
                (first, second) -> second.getAsOfDate().isBefore(first.getAsOfDate()) ? first : second));
        List<LoanSnapshot> snapshots = readAll(reader, Topics.LOAN_SNAPSHOTS);
        List<LoanRecord> loans = snapshots.stream()
                .filter(snapshot -> outcomes.containsKey(snapshot.getLoanId()))
                .map(snapshot -> loan(snapshot, outcomes.get(snapshot.getLoanId())))
                .toList();
        Set<Long> judged = loans.stream().map(LoanRecord::loanId).collect(Collectors.toSet());
        List<Long> unjudged = Stream.concat(outcomes.keySet().stream(), snapshots.stream().map(LoanSnapshot::getLoanId))
                .filter(loan -> !judged.contains(loan)).distinct().sorted().toList();

        Map<Long, NavigableSet<LocalDate>> sanctionDays = new HashMap<>();
        LocalDate[] lastDay = {null};
        count(Topics.TRANSACTIONS, reader.forEach(Topics.TRANSACTIONS.name(), decoder(Topics.TRANSACTIONS), tx -> {
            if (lastDay[0] == null || tx.getBookingDate().isAfter(lastDay[0])) {
                lastDay[0] = tx.getBookingDate();
            }
            if (tx.getKind() == TransactionKind.SANCTION_INTEREST) {
                sanctionDays.computeIfAbsent(tx.getAccountId(), account -> new TreeSet<>()).add(tx.getBookingDate());
            }
        }));
        if (lastDay[0] == null) {
            throw new IllegalStateException("No transaction on " + Topics.TRANSACTIONS.name() + " at "
                    + bootstrapServers + ": nothing was replayed");
        }
        Map<Long, LocalDate> openedOn = new HashMap<>();
        count(Topics.ACCOUNT_EVENTS, reader.forEach(Topics.ACCOUNT_EVENTS.name(), decoder(Topics.ACCOUNT_EVENTS),
                event -> openedOn.merge(event.getAccountId(), event.getEventDate(),
                        (first, second) -> first.isBefore(second) ? first : second)));
        Map<String, String> algorithms = new TreeMap<>();
        readAll(reader, Topics.MODELS).stream()
                .filter(model -> FlagEvaluation.LOAN_DEFAULT.equals(model.getName()))
                .forEach(model -> algorithms.put(model.getVersion(), model.getAlgorithm()));

        return new History(flags, loans, sanctionDays, GroundTruth.distressOnsets(dataFolder), openedOn, algorithms,
                lastDay[0], unjudged);
    }

    private static LoanRecord loan(LoanSnapshot snapshot, LoanOutcome outcome) {
        return new LoanRecord(snapshot.getLoanId(), snapshot.getAccountId(), snapshot.getGrantedOn(),
                snapshot.getDurationMonths(), outcome.getDefaulted());
    }

    private <V extends SpecificRecord> List<V> readAll(TopicReader reader, TopicSpec<?, V> topic) {
        TopicReader.Contents<V> contents = reader.readAll(topic.name(), decoder(topic));
        count(topic, contents.undecodable());
        return contents.values();
    }

    private <V extends SpecificRecord> Deserializer<V> decoder(TopicSpec<?, V> topic) {
        return AvroSerdes.valueSerde(topic, registryUrl).deserializer();
    }

    private void count(TopicSpec<?, ?> topic, int undecodable) {
        if (undecodable > 0) {
            out.printf("WARNING: %d records on %s could not be decoded and are not in the report%n", undecodable,
                    topic.name());
        }
    }
}
