package dev.bankstream.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.bankstream.dashboard.Records;
import dev.bankstream.schemas.AccountSegments;

class AccountBookTest {

    private final AccountBook book = new AccountBook();

    private void account(long id, Integer district, String ageBand, double cardUse, double income, double balance,
            Set<String> products, int segment) {
        book.record(new AccountFacts(id, district, ageBand, cardUse, income, balance, products), LocalDate.of(1995, 1, id < 3 ? 1 : 9));
        AccountSegments assignment = Records.assignment(id, segment);
        book.accept(assignment);
    }

    @Test
    void heatMapCellsAreMeansPerDistrictAndAgeBandWithTheirAccountCount() {
        book.district(1, "Praha");
        account(1, 1, "25-34", 2.0, 10_000, 50_000, Set.of(), 0);
        account(2, 1, "25-34", 4.0, 12_000, 30_000, Set.of(), 0);
        account(3, null, "65+", 1.0, 8_000, 90_000, Set.of(), 1);
        book.accept(Records.score(1, 0.2, 0.5));
        book.accept(Records.score(3, 0.6, 0.1));

        Heatmap cardUse = book.cardUse();
        assertThat(cardUse.districts()).containsExactly("unknown district", "Praha (1)");
        assertThat(cardUse.cells()).containsExactly(List.of(5, 0, 1.0, 1L), List.of(1, 1, 3.0, 2L));
        assertThat(cardUse.max()).isEqualTo(3.0);
        // Account 2 has no score: the risk map leaves it out.
        assertThat(book.risk().cells()).containsExactly(List.of(5, 0, 0.6, 1L), List.of(1, 1, 0.2, 1L));
        assertThat(book.featuresAsOf()).isEqualTo(LocalDate.of(1995, 1, 9));
    }

    @Test
    void economicsGivesEachSegmentsMeansAndTheShareHoldingEachProduct() {
        account(1, 1, "25-34", 0, 10_000, 50_000, Set.of("loan", "gold card"), 0);
        account(2, 1, "25-34", 0, 20_000, 30_000, Set.of("loan"), 0);
        account(3, 1, "65+", 0, 8_000, 90_000, Set.of(), 1);

        SegmentEconomics economics = book.economics("behavioural", 2);

        assertThat(economics.products()).containsExactly("gold card", "loan");
        SegmentEconomics.Segment savers = economics.segments().get(0);
        assertThat(savers.name()).isEqualTo("Affluent savers");
        assertThat(savers.accounts()).isEqualTo(2);
        assertThat(savers.meanIncome()).isEqualTo(15_000);
        assertThat(savers.meanBalance()).isEqualTo(40_000);
        assertThat(savers.productShares()).containsEntry("loan", 1.0).containsEntry("gold card", 0.5);
        assertThat(economics.segments().get(1).productShares()).containsEntry("loan", 0.0);
        // A budget of 2 points over 3 accounts draws every second account of each segment.
        assertThat(economics.segments().stream().mapToInt(s -> s.sample().size()).sum()).isEqualTo(2);
        assertThat(book.segmentSizes().get("behavioural")).containsEntry("Affluent savers", 2L).containsEntry("Busy card users", 1L);
    }
}
