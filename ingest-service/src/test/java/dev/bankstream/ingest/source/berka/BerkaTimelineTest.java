package dev.bankstream.ingest.source.berka;

import static dev.bankstream.ingest.source.Events.drain;
import static dev.bankstream.ingest.source.Events.transactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.CloseableIterator;
import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.ingest.source.ReadOptions;
import dev.bankstream.ingest.source.RecordedRejects;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.LoanGranted;
import dev.bankstream.schemas.StandingOrderSet;
import dev.bankstream.schemas.Transaction;

/** The order and dates of the Berka timeline, the as-of date, and how misplaced transactions are handled. */
class BerkaTimelineTest {

    @TempDir
    Path folder;

    private final RecordedRejects rejects = new RecordedRejects();

    @Test
    void eventsComeInDateOrderWithAccountFactsBeforeTransactionsWithinADay() {
        // Given the small bank
        try (BankDataSet dataSet = BankDataSet.open(BerkaFolder.small().writeTo(folder), rejects)) {
            // When its timeline is read
            List<String> timeline = drain(dataSet.timeline()).stream().map(BerkaTimelineTest::describe).toList();

            // Then accounts, their clients and orders come at the opening date, loans and cards at their own dates,
            // and on a day with both, the account facts precede the transactions
            assertThat(timeline).containsExactly(
                    "1993-01-01 account 1 AccountOpened",
                    "1993-01-01 account 1 ClientLinked 1",
                    "1993-01-01 account 1 StandingOrderSet 29401",
                    "1993-01-01 account 1 Transaction 1001",
                    "1993-01-02 account 2 AccountOpened",
                    "1993-01-02 account 2 ClientLinked 2",
                    "1993-01-02 account 2 ClientLinked 3",
                    "1993-01-02 account 2 StandingOrderSet 29402",
                    "1993-01-02 account 2 Transaction 1002",
                    "1993-01-31 account 1 Transaction 1003",
                    "1993-02-05 account 2 Transaction 1004",
                    "1993-07-05 account 1 LoanGranted 5314",
                    "1993-11-07 account 2 CardIssued 1005");
        }
    }

    @Test
    void transactionsOfOneDayKeepTheirFileOrder() {
        // Given several transactions on one day, not sorted by id or account
        var bank = BerkaFolder.small().rows(BerkaFile.TRANS,
                "30;2;930301;\"PRIJEM\";\"VKLAD\";1.00;1.00;\"\";;",
                "10;1;930301;\"PRIJEM\";\"VKLAD\";1.00;1.00;\"\";;",
                "20;2;930301;\"PRIJEM\";\"VKLAD\";1.00;2.00;\"\";;",
                "5;1;930301;\"PRIJEM\";\"VKLAD\";1.00;2.00;\"\";;");

        // Then they come out in file order
        assertThat(transactionIds(bank, ReadOptions.defaults())).containsExactly(30L, 10L, 20L, 5L);
    }

    @Test
    void referenceDataIsSeparateDistrictsThenClientsDatedAtTheFirstDay() {
        try (BankDataSet dataSet = BankDataSet.open(BerkaFolder.small().writeTo(folder), rejects)) {
            List<SourceEvent<?, ?>> reference = dataSet.referenceData();

            assertThat(reference).extracting(event -> event.value().getClass().getSimpleName() + " " + event.key())
                    .containsExactly("District 1", "District 69", "Client 1", "Client 2", "Client 3");
            assertThat(reference).extracting(SourceEvent::eventDate).containsOnly(LocalDate.of(1993, 1, 1));
            assertThat(drain(dataSet.timeline())).extracting(SourceEvent::value)
                    .noneMatch(value -> value instanceof District || value instanceof Client);
        }
    }

    @Test
    void theAsOfDateIsTheLastTransactionDateAndLaterLoansAndCardsStayInTheTimeline() {
        // Given transactions that end on 1993-02-05, a loan granted in July and a card issued in November
        try (BankDataSet dataSet = BankDataSet.open(BerkaFolder.small().writeTo(folder), rejects)) {
            // Then the as-of date is the last transaction's
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1993, 2, 5));
            // And the loan and the card are still events: they happened
            assertThat(drain(dataSet.timeline())).extracting(BerkaTimelineTest::describe)
                    .contains("1993-07-05 account 1 LoanGranted 5314", "1993-11-07 account 2 CardIssued 1005");
            // And the loan's outcome is stated at the as-of date
            assertThat(dataSet.loanOutcomes()).extracting(SourceEvent::eventDate)
                    .containsExactly(LocalDate.of(1993, 2, 5));
        }
    }

    @Test
    void aGivenAsOfDateWins() {
        var options = ReadOptions.defaults().withAsOfDate(LocalDate.of(1998, 12, 31));

        try (BankDataSet dataSet = BankDataSet.open(BerkaFolder.small().writeTo(folder), rejects, options)) {
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1998, 12, 31));
            assertThat(dataSet.loanOutcomes()).extracting(SourceEvent::eventDate)
                    .containsExactly(LocalDate.of(1998, 12, 31));
        }
    }

    @Test
    void theAsOfDateSkipsAMalformedLastLine() {
        var bank = BerkaFolder.small().addRows(BerkaFile.TRANS, "1099;1;9302;\"PRIJEM\";\"VKLAD\";1.00;1.00;\"\";;");

        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects)) {
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1993, 2, 5));
        }
    }

    @Test
    void withoutTransactionsTheAsOfDateIsTheLastAccountEvent() {
        var bank = BerkaFolder.small().rows(BerkaFile.TRANS);

        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects)) {
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1993, 11, 7));
        }
    }

    @Test
    void aSlightlyLateLineIsPutBackInDateOrderAndCounted() {
        // Given a transaction that comes one line after a later-dated one
        var bank = BerkaFolder.small().rows(BerkaFile.TRANS,
                "1;1;930101;\"PRIJEM\";\"VKLAD\";1.00;1.00;\"\";;",
                "3;1;930103;\"PRIJEM\";\"VKLAD\";1.00;3.00;\"\";;",
                "2;1;930102;\"PRIJEM\";\"VKLAD\";1.00;2.00;\"\";;",
                "4;1;930104;\"PRIJEM\";\"VKLAD\";1.00;4.00;\"\";;");

        // When it is read with a window larger than the displacement
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects)) {
            List<Transaction> transactions = transactions(drain(dataSet.timeline()));

            // Then it is released in its place, nothing is rejected, and the file's counts say one line was late
            assertThat(transactions).extracting(Transaction::getTransactionId).containsExactly(1L, 2L, 3L, 4L);
            assertThat(rejects.all()).isEmpty();
            assertThat(dataSet.counts().get("trans.asc")).isEqualTo(new FileCounts(4, 4, 0, 0, 1));
        }
    }

    @Test
    void aLineLaterThanTheWindowIsRejectedWithTheReason() {
        // Given a line dated two days back, three lines after the timeline has moved on, with a window of 2
        var bank = BerkaFolder.small().rows(BerkaFile.TRANS,
                "1;1;930101;\"PRIJEM\";\"VKLAD\";1.00;1.00;\"\";;",
                "5;1;930105;\"PRIJEM\";\"VKLAD\";1.00;5.00;\"\";;",
                "6;1;930106;\"PRIJEM\";\"VKLAD\";1.00;6.00;\"\";;",
                "7;1;930107;\"PRIJEM\";\"VKLAD\";1.00;7.00;\"\";;",
                "2;1;930102;\"PRIJEM\";\"VKLAD\";1.00;2.00;\"\";;");

        // Then it is rejected, not silently reordered or dropped, and the others come through in order
        assertThat(transactionIds(bank, ReadOptions.defaults().withReorderWindow(2))).containsExactly(1L, 5L, 6L, 7L);
        assertThat(rejects.all()).singleElement().satisfies(rejected -> {
            assertThat(rejected.position().lineNumber()).isEqualTo(6);
            assertThat(rejected.rawLine()).startsWith("2;1;930102;");
            assertThat(rejected.reason()).isEqualTo("dated 1993-01-02 but the timeline has already passed "
                    + "1993-01-05: out of date order by more than 2 lines");
        });
    }

    @Test
    void oneFarFutureLineDoesNotPushTheFollowingLinesOut() {
        // Given a line dated years ahead early in the file, and a small window
        var bank = BerkaFolder.small().rows(BerkaFile.TRANS,
                "1;1;930101;\"PRIJEM\";\"VKLAD\";1.00;1.00;\"\";;",
                "9;1;980101;\"PRIJEM\";\"VKLAD\";1.00;9.00;\"\";;",
                "2;1;930102;\"PRIJEM\";\"VKLAD\";1.00;2.00;\"\";;",
                "3;1;930103;\"PRIJEM\";\"VKLAD\";1.00;3.00;\"\";;",
                "4;1;930104;\"PRIJEM\";\"VKLAD\";1.00;4.00;\"\";;");

        // Then it waits in the window and comes at its date; nothing is rejected
        assertThat(transactionIds(bank, ReadOptions.defaults().withReorderWindow(2)))
                .containsExactly(1L, 2L, 3L, 4L, 9L);
        assertThat(rejects.all()).isEmpty();
    }

    @Test
    void transactionsAreStreamedNotLoaded() throws IOException {
        // Given a trans.asc of 5,000 lines
        String[] lines = IntStream.rangeClosed(1, 5000)
                .mapToObj(i -> i + ";1;930201;\"PRIJEM\";\"VKLAD\";1.00;" + i + ".00;\"\";;")
                .toArray(String[]::new);
        var bank = BerkaFolder.small().rows(BerkaFile.TRANS, lines).rows(BerkaFile.LOAN).rows(BerkaFile.CARD);

        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects,
                ReadOptions.defaults().withReorderWindow(10))) {
            // Then before the timeline nothing of trans.asc has been read
            assertThat(dataSet.counts().get("trans.asc").linesRead()).isZero();
            CloseableIterator<SourceEvent<?, ?>> timeline = dataSet.timeline();
            SourceEvent<?, ?> first;
            do {
                first = timeline.next();
            } while (!(first.value() instanceof Transaction));
            // And the first transaction needs only the window's worth of lines
            assertThat(dataSet.counts().get("trans.asc").linesRead()).isEqualTo(11);
            // And the counts are complete once the timeline is exhausted
            timeline.forEachRemaining(event -> { });
            assertThat(dataSet.counts().get("trans.asc")).isEqualTo(new FileCounts(5000, 5000, 0, 0, 0));
        }
    }

    @Test
    void theTimelineCanBeReadOnce() {
        try (BankDataSet dataSet = BankDataSet.open(BerkaFolder.small().writeTo(folder), rejects)) {
            drain(dataSet.timeline());

            assertThatThrownBy(dataSet::timeline).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theFormatAndTheGeneratorsMarkerAreReported() throws IOException {
        Path written = BerkaFolder.small().writeTo(folder);
        try (BankDataSet real = BankDataSet.open(written, rejects)) {
            assertThat(real.format()).isEqualTo("berka");
            assertThat(real.generated()).isFalse();
        }

        Files.writeString(written.resolve(BankDataSet.GENERATED_MARKER), "seed 42\n");

        try (BankDataSet generated = BankDataSet.open(written, rejects)) {
            assertThat(generated.generated()).isTrue();
        }
    }

    private List<Long> transactionIds(BerkaFolder bank, ReadOptions options) {
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects, options)) {
            return transactions(drain(dataSet.timeline())).stream().map(Transaction::getTransactionId).toList();
        }
    }

    private static String describe(SourceEvent<?, ?> event) {
        String prefix = event.eventDate() + " account " + event.key() + " ";
        if (event.value() instanceof Transaction transaction) {
            return prefix + "Transaction " + transaction.getTransactionId();
        }
        Object payload = ((AccountEvent) event.value()).getPayload();
        String id = "";
        if (payload instanceof ClientLinked linked) {
            id = " " + linked.getDispositionId();
        } else if (payload instanceof StandingOrderSet order) {
            id = " " + order.getOrderId();
        } else if (payload instanceof LoanGranted loan) {
            id = " " + loan.getLoanId();
        } else if (payload instanceof CardIssued card) {
            id = " " + card.getCardId();
        }
        return prefix + payload.getClass().getSimpleName() + id;
    }
}
