package dev.bankstream.ingest.source.berka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.CloseableIterator;
import dev.bankstream.ingest.source.Events;
import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.testsupport.RealData;
import dev.bankstream.ingest.source.RecordedRejects;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanStatus;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * The real PKDD'99 folder (shared/data/berka: seven complete tables, the first 99,999 transactions) against the
 * figures its README documents. Skipped when the folder is absent.
 */
class BerkaRealDataTest {

    private static Path berka;

    @BeforeAll
    static void findData() {
        berka = RealData.requireFolder("berka");
    }

    @Test
    void everyDocumentedCountComesOutWithoutAReject() {
        var rejects = new RecordedRejects();
        try (BankDataSet dataSet = BankDataSet.open(berka, rejects)) {
            // Reference data
            List<SourceEvent<?, ?>> reference = dataSet.referenceData();
            List<District> districts = Events.values(reference, District.class);
            List<Client> clients = Events.values(reference, Client.class);
            assertThat(districts).hasSize(77);
            assertThat(clients).hasSize(5369);
            assertThat(clients).filteredOn(client -> client.getGender() == Gender.FEMALE).hasSize(2645);
            assertThat(districts).filteredOn(district -> district.getUnemploymentRate1995() == null)
                    .extracting(District::getDistrictId).containsExactly(69);

            // The timeline, streamed and counted
            Map<String, Integer> accountEvents = new HashMap<>();
            Map<TransactionDirection, Integer> directions = new EnumMap<>(TransactionDirection.class);
            Map<TransactionKind, Integer> kinds = new EnumMap<>(TransactionKind.class);
            LocalDate previousDate = LocalDate.MIN;
            long previousTransactionLine = 0;
            boolean inOrder = true;
            try (CloseableIterator<SourceEvent<?, ?>> timeline = dataSet.timeline()) {
                while (timeline.hasNext()) {
                    SourceEvent<?, ?> event = timeline.next();
                    inOrder &= !event.eventDate().isBefore(previousDate);
                    previousDate = event.eventDate();
                    if (event.value() instanceof Transaction transaction) {
                        // trans.asc is in date order, so source order within a day is file order throughout
                        inOrder &= event.position().lineNumber() > previousTransactionLine;
                        previousTransactionLine = event.position().lineNumber();
                        directions.merge(transaction.getDirection(), 1, Integer::sum);
                        kinds.merge(transaction.getKind(), 1, Integer::sum);
                    } else {
                        accountEvents.merge(((AccountEvent) event.value()).getPayload().getClass().getSimpleName(),
                                1, Integer::sum);
                    }
                }
            }
            assertThat(inOrder).as("timeline in date order, transactions in file order").isTrue();
            assertThat(accountEvents).containsOnly(
                    Map.entry("AccountOpened", 4500),
                    Map.entry("ClientLinked", 5369),
                    Map.entry("StandingOrderSet", 6471),
                    Map.entry("LoanGranted", 682),
                    Map.entry("CardIssued", 892));
            assertThat(directions).containsOnly(
                    Map.entry(TransactionDirection.CREDIT, 43341),
                    Map.entry(TransactionDirection.DEBIT, 55095 + 1563));
            assertThat(kinds).containsEntry(TransactionKind.INTEREST, 18242)
                    .containsEntry(TransactionKind.STATEMENT_FEE, 12968)
                    .containsEntry(TransactionKind.HOUSEHOLD_PAYMENT, 9685)
                    .containsEntry(TransactionKind.PENSION, 3425)
                    .containsEntry(TransactionKind.INSURANCE_PAYMENT, 1601)
                    .containsEntry(TransactionKind.LOAN_INSTALMENT, 598)
                    .containsEntry(TransactionKind.SANCTION_INTEREST, 110)
                    .containsEntry(TransactionKind.CARD_WITHDRAWAL, 42)
                    .doesNotContainKey(TransactionKind.OTHER);

            // As of the last transaction, one outcome per loan, 31 B + 45 D defaulted
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1994, 10, 31));
            List<LoanOutcome> outcomes = Events.values(dataSet.loanOutcomes(), LoanOutcome.class);
            assertThat(outcomes).hasSize(682);
            assertThat(outcomes).filteredOn(LoanOutcome::getDefaulted).extracting(LoanOutcome::getStatus)
                    .hasSize(76)
                    .containsOnly(LoanStatus.FINISHED_DEFAULTED, LoanStatus.RUNNING_IN_DEBT)
                    .filteredOn(status -> status == LoanStatus.FINISHED_DEFAULTED).hasSize(31);

            // Nothing rejected, every line counted
            assertThat(rejects.all()).isEmpty();
            assertThat(dataSet.counts()).containsExactly(
                    Map.entry("district.asc", new FileCounts(77, 77, 0, 0, 0)),
                    Map.entry("client.asc", new FileCounts(5369, 5369, 0, 0, 0)),
                    Map.entry("account.asc", new FileCounts(4500, 4500, 0, 0, 0)),
                    Map.entry("disp.asc", new FileCounts(5369, 5369, 0, 0, 0)),
                    Map.entry("order.asc", new FileCounts(6471, 6471, 0, 0, 0)),
                    Map.entry("loan.asc", new FileCounts(682, 682, 0, 0, 0)),
                    Map.entry("card.asc", new FileCounts(892, 892, 0, 0, 0)),
                    Map.entry("trans.asc", new FileCounts(99_999, 99_999, 0, 0, 0)));
        }
    }
}
