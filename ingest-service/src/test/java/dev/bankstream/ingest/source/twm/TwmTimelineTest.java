package dev.bankstream.ingest.source.twm;

import static dev.bankstream.ingest.source.Events.drain;
import static dev.bankstream.ingest.source.Events.transactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.ReadOptions;
import dev.bankstream.ingest.source.RecordedRejects;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Transaction;

/** twm's unordered transactions come out in date order, through a bounded external sort. */
class TwmTimelineTest {

    private static final String SPILL_PREFIX = "bankstream-sort-";

    @TempDir
    Path folder;

    private final RecordedRejects rejects = new RecordedRejects();

    @Test
    void theTimelineIsInDateOrderWithAccountFactsFirstWithinADay() {
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects)) {
            assertThat(drain(dataSet.timeline())).extracting(TwmTimelineTest::describe).containsExactly(
                    "1994-12-10 " + TwmFolder.SAVINGS + " AccountOpened",
                    "1994-12-10 " + TwmFolder.SAVINGS + " ClientLinked",
                    "1995-01-12 " + TwmFolder.CHECKING + " AccountOpened",
                    "1995-01-12 " + TwmFolder.CHECKING + " ClientLinked",
                    "1995-01-29 " + TwmFolder.CHECKING + " DP",
                    "1995-01-31 " + TwmFolder.SAVINGS + " IN",
                    "1995-02-05 " + TwmFolder.CHECKING + " WD",
                    "1995-02-28 " + TwmFolder.CHECKING + " FK",
                    "1995-08-08 " + TwmFolder.CREDIT + " AccountOpened",
                    "1995-08-08 " + TwmFolder.CREDIT + " ClientLinked",
                    "1995-08-08 " + TwmFolder.CREDIT + " CardIssued",
                    "1995-08-20 " + TwmFolder.CREDIT + " CG");
        }
    }

    @Test
    void transactionsOfOneDayKeepTheirFileOrder() {
        var bank = TwmFolder.small().rows(TwmFile.TRANSACTIONS,
                "9;" + TwmFolder.CHECKING + ";1.00;1.00;0.00;1.00;3.3.1995;0;  ;DP  ",
                "2;" + TwmFolder.SAVINGS + ";1.00;1.00;0.00;1.00;2.3.1995;0;  ;DP  ",
                "5;" + TwmFolder.CHECKING + ";1.00;1.00;0.00;2.00;3.3.1995;0;  ;DP  ",
                "1;" + TwmFolder.CHECKING + ";1.00;1.00;0.00;3.00;3.3.1995;0;  ;DP  ");

        assertThat(tranIds(bank, ReadOptions.defaults())).containsExactly(2L, 9L, 5L, 1L);
    }

    @Test
    void aFileLargerThanTheSortChunkIsSortedThroughRunsOnDiskAndTheRunsAreDeleted() throws IOException {
        // Given 1,000 transactions in random date order, and a sort that holds only 37 rows in memory
        var random = new Random(7);
        var lines = new ArrayList<String>();
        for (int i = 0; i < 1000; i++) {
            LocalDate date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365));
            lines.add((i % 1000) + ";" + (i % 2 == 0 ? TwmFolder.CHECKING : TwmFolder.SAVINGS) + ";1.00;1.00;0.00;"
                    + i + ".00;" + date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear()
                    + ";0;  ;DP  ");
        }
        var bank = TwmFolder.small().rows(TwmFile.TRANSACTIONS, lines.toArray(String[]::new));
        Set<Path> spillsBefore = spillFolders();

        // When the timeline is read
        List<Transaction> transactions;
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects,
                ReadOptions.defaults().withSortChunkRows(37))) {
            transactions = transactions(drain(dataSet.timeline()));
        }

        // Then the transactions come by date, and within a date in file order (the balance column is the line)
        List<Transaction> expected = new ArrayList<>(transactions);
        Collections.shuffle(expected, random);
        expected.sort(Comparator.comparing(Transaction::getBookingDate)
                .thenComparing(Transaction::getBalanceAfter));
        assertThat(transactions).hasSize(1000).isEqualTo(expected);
        // And the sorted runs written on the way are gone
        assertThat(spillFolders()).isEqualTo(spillsBefore);
    }

    @Test
    void aGivenAsOfDateWins() {
        var options = ReadOptions.defaults().withAsOfDate(LocalDate.of(1995, 12, 31));

        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects, options)) {
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1995, 12, 31));
        }
    }

    @Test
    void referenceDataIsDatedAtTheFirstAccountOpening() {
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects)) {
            assertThat(dataSet.referenceData()).extracting(SourceEvent::eventDate)
                    .containsOnly(LocalDate.of(1994, 12, 10));
        }
    }

    @Test
    void theTimelineCanBeReadOnce() {
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects)) {
            drain(dataSet.timeline());

            assertThatThrownBy(dataSet::timeline).isInstanceOf(IllegalStateException.class);
        }
    }

    private List<Long> tranIds(TwmFolder bank, ReadOptions options) {
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects, options)) {
            return transactions(drain(dataSet.timeline())).stream()
                    .map(transaction -> transaction.getTransactionId() % 1000)
                    .toList();
        }
    }

    private static Set<Path> spillFolders() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith(SPILL_PREFIX))
                    .collect(Collectors.toSet());
        }
    }

    private static String describe(SourceEvent<?, ?> event) {
        String prefix = event.eventDate() + " " + event.key() + " ";
        if (event.value() instanceof Transaction transaction) {
            return prefix + transaction.getSourceCodes();
        }
        return prefix + ((AccountEvent) event.value()).getPayload().getClass().getSimpleName();
    }
}
