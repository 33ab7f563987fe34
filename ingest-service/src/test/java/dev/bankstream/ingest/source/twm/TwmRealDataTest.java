package dev.bankstream.ingest.source.twm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.CloseableIterator;
import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.testsupport.RealData;
import dev.bankstream.ingest.source.RecordedRejects;
import dev.bankstream.ingest.source.RecordedRejects.Rejected;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Transaction;

/** The real twm sample (shared/data/twm) against the figures its README documents. Skipped when absent. */
class TwmRealDataTest {

    private static final int ORPHAN_ROWS = 20;
    private static final int INQUIRIES = 10_886;

    private static Path twm;

    @BeforeAll
    static void findData() {
        twm = RealData.requireFolder("twm");
    }

    @Test
    void everyDocumentedCountComesOutWithTheTwentyOrphansRejectedAndInquiriesCounted() {
        var rejects = new RecordedRejects();
        try (BankDataSet dataSet = BankDataSet.open(twm, rejects)) {
            assertThat(dataSet.referenceData()).hasSize(747);

            Map<String, Integer> accountEvents = new HashMap<>();
            Set<Long> transactionIds = new HashSet<>();
            LocalDate previousDate = LocalDate.MIN;
            boolean inOrder = true;
            try (CloseableIterator<SourceEvent<?, ?>> timeline = dataSet.timeline()) {
                while (timeline.hasNext()) {
                    SourceEvent<?, ?> event = timeline.next();
                    inOrder &= !event.eventDate().isBefore(previousDate);
                    previousDate = event.eventDate();
                    if (event.value() instanceof Transaction transaction) {
                        transactionIds.add(transaction.getTransactionId());
                    } else {
                        accountEvents.merge(((AccountEvent) event.value()).getPayload().getClass().getSimpleName(),
                                1, Integer::sum);
                    }
                }
            }

            assertThat(inOrder).as("timeline in date order").isTrue();
            assertThat(accountEvents).containsOnly(
                    Map.entry("AccountOpened", 1409),
                    Map.entry("ClientLinked", 1409),
                    Map.entry("CardIssued", 468));
            int published = 77_580 - ORPHAN_ROWS - INQUIRIES;
            assertThat(transactionIds).as("unique transaction ids").hasSize(published);
            assertThat(rejects.all()).hasSize(ORPHAN_ROWS).allSatisfy(rejected -> {
                assertThat(rejected.position().file()).isEqualTo("twm_transactions.csv");
                assertThat(rejected.reason())
                        .isEqualTo("unknown acct_nbr 1376137423 (not in twm_accounts.csv, or rejected there)");
            });
            assertThat(rejects.all()).extracting(Rejected::rawLine).allMatch(line -> line.contains(";1376137423;"));
            assertThat(dataSet.counts()).containsExactly(
                    Map.entry("twm_customer.csv", new FileCounts(747, 747, 0, 0, 0)),
                    Map.entry("twm_accounts.csv", new FileCounts(1409, 1409, 0, 0, 0)),
                    Map.entry("twm_transactions.csv",
                            new FileCounts(77_580, published, ORPHAN_ROWS, INQUIRIES, 0)));
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1995, 12, 31));
        }
    }
}
