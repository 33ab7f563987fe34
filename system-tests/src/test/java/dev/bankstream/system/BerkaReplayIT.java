package dev.bankstream.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.platform.ServiceProcess;
import dev.bankstream.platform.StreamsProgress;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.testsupport.TestPlatform;
import dev.bankstream.testsupport.TopicContents;

/**
 * The real Berka data set, replayed by the packaged ingest-service through the packaged feature-service, checked
 * against figures this test computes from the files on its own.
 *
 * <p>What the service exposes per account is the transaction count and balance since the first transaction, and
 * flows over the last 30, 90 and 365 days; the sample spans 22 months, so no single answer holds all-time totals per
 * kind. The test therefore compares every window of every answer: the REST answer of every account (as of the latest
 * day the service knows for it: every transaction in its count and balance), every daily snapshot still on the
 * compacted features.account-behaviour topic (earlier days, full windows), and every loan snapshot (as of each grant's
 * eve, 1993 to 1998). The service runs while the replay publishes, as in the demo.
 */
class BerkaReplayIT {

    private static final String APPLICATION_ID = "feature-service-berka";
    private static final Path LOGS = Path.of("target", "system-tests");
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration REPLAY = Duration.ofMinutes(3);
    private static final Duration PROCESSING = Duration.ofMinutes(3);
    private static final Duration READING = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BerkaLedger ledger;
    private static TestPlatform platform;
    private static ServiceProcess features;

    @BeforeAll
    static void replayTheRealDataThroughTheFeatureService() throws Exception {
        Optional<Path> folder = BerkaFolder.find();
        assumeTrue(folder.isPresent(), "Real-data test skipped: no folder " + BerkaFolder.RELATIVE
                + " in " + Path.of("").toAbsolutePath() + " or any folder above it (the Berka data set, see DESIGN.md)");
        ledger = BerkaLedger.read(folder.get());
        platform = TestPlatform.get();

        // Given the packaged feature-service running, as the demo starts it: before any data
        features = ServiceProcess.of("feature-service", packaged("bankstream.feature.app"))
                .against(platform.bootstrapServers(), platform.registryUrl())
                .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", APPLICATION_ID)
                .start(LOGS);
        features.awaitReady(STARTUP);

        // When the packaged ingest-service replays the Berka folder onto the topics while the service reads them
        try (ServiceProcess replay = ServiceProcess.of("ingest-replay", packaged("bankstream.ingest.app"))
                .against(platform.bootstrapServers(), platform.registryUrl())
                .arguments("replay", "--data", folder.get().toString())
                .start(LOGS)) {
            assertThat(replay.awaitExit(REPLAY)).as("replay exit status; see %s", replay.log().toAbsolutePath()).isZero();
            assertThat(Files.readString(replay.log())).contains("Rejects: 0 ");
        }
        // And the service has processed every input record and declared every day final: the sample's transactions
        // end in 1994 while account events go on to 1998, so the last days become final only once the service stops
        // waiting for more transactions (bankstream.features.input-wait), and the last loan snapshots come out then
        StreamsProgress.awaitProcessed(platform.bootstrapServers(), APPLICATION_ID,
                List.of(Topics.TRANSACTIONS.name(), Topics.ACCOUNT_EVENTS.name()), PROCESSING);
        TopicContents.awaitCount(platform.bootstrapServers(), Topics.LOAN_SNAPSHOTS.name(), ledger.loans.size(), PROCESSING);
    }

    @AfterAll
    static void stopTheService() throws InterruptedException {
        if (features != null) {
            features.close();
        }
    }

    @Test
    void everyAccountAnswersWithTheFilesCountBalanceAndFlows() throws Exception {
        Mismatches figures = new Mismatches("accounts");
        Mismatches asOfDates = new Mismatches("accounts' as-of dates");
        long transactionsCompared = 0;
        long transactionsIn365DayWindows = 0;
        for (long accountId : ledger.accountIds) {
            HttpResponse<String> response = features.get("/accounts/" + accountId + "/behaviour");
            assertThat(response.statusCode()).as("account %d: %s", accountId, response.body()).isEqualTo(200);
            JsonNode behaviour = JSON.readTree(response.body());
            LocalDate asOf = LocalDate.parse(behaviour.get("asOfDate").asText());
            List<Booking> bookings = ledger.bookingsOf(accountId);

            // Then it answers as of a day no earlier than its last transaction in the file
            LocalDate lastBooking = bookings.isEmpty() ? asOf : bookings.get(bookings.size() - 1).date();
            asOfDates.check("account " + accountId + " answers as of " + asOf + ", its last transaction is on "
                    + lastBooking, !asOf.isBefore(lastBooking));
            // And with every figure the file gives for that day
            AccountFigures expected = FileFigures.asOf(bookings, asOf);
            figures.compare("account " + accountId + " as of " + asOf, expected, ServiceFigures.of(behaviour));
            transactionsCompared += expected.transactions();
            transactionsIn365DayWindows += count(expected, "credits 365d") + count(expected, "debits 365d");
        }
        asOfDates.assertNone();
        figures.assertNone();
        System.out.printf("REST: %d accounts match the file (%d transactions; %d of them in the 365-day windows compared)%n",
                figures.compared(), ledger.transactionCount, transactionsIn365DayWindows);
        // And the comparison is not vacuous: every transaction of the file is in the counts and balances compared.
        // (An account answers as of the last day it was settled through: once the replay's transactions end in 1994
        // while its account events go on to 1998, that can be years after its last transaction, with empty windows.
        // The windows are compared, day by day, on the snapshots of the next test.)
        assertThat(transactionsCompared).isEqualTo(ledger.transactionCount);
    }

    @Test
    void everySnapshotOnTheBehaviourTopicMatchesTheFileAsOfItsDay() {
        List<ConsumerRecord<Long, AccountBehaviour>> snapshots = TopicContents.read(platform.bootstrapServers(),
                Topics.ACCOUNT_BEHAVIOUR.name(), new LongDeserializer(),
                AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, platform.registryUrl()).deserializer(), READING);

        Mismatches figures = new Mismatches("behaviour snapshots");
        Set<String> accountDays = new HashSet<>();
        Map<Long, LocalDate> latest = new HashMap<>();
        for (ConsumerRecord<Long, AccountBehaviour> record : snapshots) {
            AccountBehaviour behaviour = record.value();
            long accountId = behaviour.getAccountId();
            // Then each snapshot is keyed by its account and is the only one of its account and day
            assertThat(record.key()).isEqualTo(accountId);
            assertThat(accountDays.add(accountId + "@" + behaviour.getAsOfDate()))
                    .as("a second snapshot of account %d as of %s", accountId, behaviour.getAsOfDate())
                    .isTrue();
            latest.merge(accountId, behaviour.getAsOfDate(), (one, other) -> one.isAfter(other) ? one : other);
            // And it holds every figure the file gives for its day
            figures.compare("snapshot of account " + accountId + " as of " + behaviour.getAsOfDate(),
                    FileFigures.asOf(ledger.bookingsOf(accountId), behaviour.getAsOfDate()), ServiceFigures.of(behaviour));
        }
        figures.assertNone();
        // And every account's latest snapshot is there, as of its last transaction or later. (The topic is compacted
        // by account: the broker may already have removed earlier days, never an account's latest.)
        Mismatches latestDays = new Mismatches("accounts' latest snapshots");
        ledger.bookings.forEach((accountId, bookings) -> {
            LocalDate lastBooking = bookings.get(bookings.size() - 1).date();
            latestDays.check("account " + accountId + ": latest snapshot " + latest.get(accountId)
                    + ", last transaction " + lastBooking,
                    latest.containsKey(accountId) && !latest.get(accountId).isBefore(lastBooking));
        });
        latestDays.assertNone();
        System.out.printf("features.account-behaviour: %d snapshots (what compaction left) match the file%n",
                figures.compared());
    }

    @Test
    void everyLoanSnapshotHoldsOnlyWhatWasKnownBeforeTheGrant() {
        List<ConsumerRecord<Long, LoanSnapshot>> snapshots = TopicContents.read(platform.bootstrapServers(),
                Topics.LOAN_SNAPSHOTS.name(), new LongDeserializer(),
                AvroSerdes.valueSerde(Topics.LOAN_SNAPSHOTS, platform.registryUrl()).deserializer(), READING);

        // Then there is exactly one snapshot per loan of loan.asc
        assertThat(snapshots).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(ledger.loans.keySet());
        Mismatches figures = new Mismatches("loan snapshots");
        for (ConsumerRecord<Long, LoanSnapshot> record : snapshots) {
            LoanSnapshot snapshot = record.value();
            BerkaLedger.Loan loan = ledger.loans.get(record.key());
            AccountBehaviour known = snapshot.getBehaviour();
            LocalDate eve = loan.grantedOn().minusDays(1);
            // And it describes the loan's account as of the end of the day before the grant
            assertThat(snapshot.getAccountId()).isEqualTo(loan.accountId());
            assertThat(snapshot.getGrantedOn()).isEqualTo(loan.grantedOn());
            assertThat(known.getAccountId()).isEqualTo(loan.accountId());
            assertThat(known.getAsOfDate()).as("loan %d", loan.loanId()).isEqualTo(eve);
            // And nothing in it is dated on or after the grant: no loan yet, no later card, no later transaction
            assertThat(known.getLoan()).as("loan %d", loan.loanId()).isNull();
            assertThat(known.getOpenedOn()).as("loan %d", loan.loanId()).isNotNull().isBefore(loan.grantedOn());
            assertThat(known.getCards())
                    .as("cards of loan %d", loan.loanId())
                    .map(card -> new BerkaLedger.Card(card.getCardType().name().toLowerCase(Locale.ROOT), card.getIssuedOn()))
                    .containsExactlyInAnyOrderElementsOf(ledger.cardsOf(loan.accountId()).stream()
                            .filter(card -> card.issuedOn().isBefore(loan.grantedOn()))
                            .toList());
            figures.compare("loan " + loan.loanId() + " of account " + loan.accountId() + " granted " + loan.grantedOn(),
                    FileFigures.asOf(ledger.bookingsOf(loan.accountId()), eve), ServiceFigures.of(known));
        }
        figures.assertNone();
        System.out.printf("features.loan-snapshots: %d loan snapshots hold only what the file dates before each grant%n",
                figures.compared());
    }

    @Test
    void noInputRecordWasDeadLettered() {
        List<ConsumerRecord<byte[], DeadLetter>> deadLetters = TopicContents.read(platform.bootstrapServers(),
                Topics.FEATURE_DEAD_LETTERS.name(), new ByteArrayDeserializer(),
                AvroSerdes.valueSerde(Topics.FEATURE_DEAD_LETTERS, platform.registryUrl()).deserializer(), READING);

        // Then every record of the real data set was admitted: none was undecodable, invalid or late
        assertThat(deadLetters).map(record -> record.value().getReason()).isEmpty();
    }

    private static long count(AccountFigures figures, String flow) {
        AccountFigures.Flow found = figures.flows().get(flow);
        return found == null ? 0 : found.count();
    }

    /** The build passes each packaged service's path (see this module's pom). */
    private static Path packaged(String property) {
        String jar = System.getProperty(property);
        if (jar == null) {
            throw new IllegalStateException("System property " + property + " is not set: run through Maven (./mvnw verify)");
        }
        return Path.of(jar);
    }
}
