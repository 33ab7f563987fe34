package dev.bankstream.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bankstream.ingest.generate.BerkaFolder.Transaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extending the real Berka folder (../shared/data/berka, whose transactions stop on 1994-10-31) keeps every real
 * byte and continues each real account from where its real history ends.
 */
class RealDataExtensionTest {

    private static final LocalDate UNTIL = LocalDate.of(1995, 12, 31);
    private static final LocalDate LAST_REAL_DAY = LocalDate.of(1994, 10, 31);

    @TempDir
    static Path folder;

    private static Path real;
    private static GenerationSummary summary;
    private static List<Transaction> realRows;
    private static List<Transaction> generatedRows;
    private static Map<Integer, List<Transaction>> generatedByAccount;
    private static Map<Integer, String[]> groundTruth;

    @BeforeAll
    static void extend() throws IOException {
        Optional<Path> realFolder = BerkaFolder.realFolder();
        assumeTrue(realFolder.isPresent(),
                "the real Berka data (../shared/data/berka) is not here; skipping the extension tests");
        real = realFolder.get();
        summary = BerkaGenerator.extend(ExtensionOptions.of(real, folder).withUntil(UNTIL).withSeed(3));
        realRows = BerkaFolder.transactions(real);
        List<Transaction> all = BerkaFolder.transactions(folder);
        generatedRows = all.subList(realRows.size(), all.size());
        generatedByAccount = generatedRows.stream()
                .collect(Collectors.groupingBy(Transaction::accountId, LinkedHashMap::new, Collectors.toList()));
        groundTruth = new HashMap<>();
        List<String> truth = BerkaFolder.lines(folder.resolve("ground-truth.csv"));
        for (String line : truth.subList(1, truth.size())) {
            groundTruth.put(Integer.parseInt(line.split(";", -1)[0]), line.split(";", -1));
        }
    }

    @Test
    void realFilesAreKeptByteForByteAndTransactionsOnlyGrow() throws IOException {
        for (String table : List.of("account.asc", "client.asc", "disp.asc", "order.asc", "loan.asc", "card.asc",
                "district.asc")) {
            assertThat(Files.mismatch(real.resolve(table), folder.resolve(table))).as(table).isEqualTo(-1);
        }
        byte[] realTransactions = Files.readAllBytes(real.resolve("trans.asc"));
        byte[] extended = Files.readAllBytes(folder.resolve("trans.asc"));
        assertThat(extended.length).isGreaterThan(realTransactions.length);
        assertThat(Arrays.equals(realTransactions, 0, realTransactions.length, extended, 0, realTransactions.length))
                .as("the real trans.asc is a byte-identical prefix").isTrue();
        assertThat(new String(extended, StandardCharsets.US_ASCII).replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void generatedRowsFollowTheRealOnesInDateOrderWithNewIds() {
        long largestRealId = realRows.stream().mapToLong(Transaction::id).max().orElseThrow();
        assertThat(generatedRows).hasSizeGreaterThan(50_000);
        assertThat(generatedRows.get(0).date()).isAfter(LAST_REAL_DAY);
        assertThat(generatedRows).extracting(Transaction::date).isSorted().allMatch(date -> !date.isAfter(UNTIL));
        Set<Long> ids = new HashSet<>();
        assertThat(generatedRows).allSatisfy(row -> {
            assertThat(row.id()).isGreaterThan(largestRealId);
            assertThat(ids.add(row.id())).isTrue();
        });
        assertThat(summary.generatedTransactions()).isEqualTo(generatedRows.size());
    }

    @Test
    void eachAccountContinuesFromItsLastRealBalance() {
        Map<Integer, Long> lastRealBalance = new HashMap<>();
        realRows.forEach(row -> lastRealBalance.put(row.accountId(), row.balanceCents()));
        assertThat(lastRealBalance).hasSize(1_515);
        generatedByAccount.forEach((account, rows) -> {
            // An account opened after the cut starts from zero with its opening deposit.
            long balance = lastRealBalance.getOrDefault(account, 0L);
            for (Transaction row : rows) {
                balance += row.signedAmountCents();
                assertThat(row.balanceCents()).as("account %d row %d", account, row.id()).isEqualTo(balance);
            }
        });
        assertThat(generatedByAccount.keySet()).containsAll(lastRealBalance.keySet());
    }

    @Test
    void realOrdersCarryOnEveryMonthWithTheirAmounts() throws IOException {
        Set<String> paidInLastRealMonth = realRows.stream()
                .filter(t -> YearMonth.from(t.date()).equals(YearMonth.from(LAST_REAL_DAY)))
                .map(t -> t.accountId() + "|" + t.account())
                .collect(Collectors.toSet());
        int continued = 0;
        for (String[] order : BerkaFolder.rows(real, "order.asc")) {
            int account = Integer.parseInt(order[1]);
            // Loan instalments have their own test; only a defaulting borrower's orders may bounce.
            if (!paidInLastRealMonth.contains(account + "|" + order[3]) || order[5].equals("UVER")
                    || groundTruth.get(account)[5].equals("true")) {
                continue;
            }
            Map<YearMonth, List<Transaction>> payments = generatedByAccount.get(account).stream()
                    .filter(t -> t.operation().equals("PREVOD NA UCET") && t.account().equals(order[3]))
                    .collect(Collectors.groupingBy(t -> YearMonth.from(t.date())));
            for (YearMonth month = YearMonth.of(1994, 11); !month.isAfter(YearMonth.from(UNTIL));
                    month = month.plusMonths(1)) {
                assertThat(payments.get(month)).as("order %s in %s", order[0], month).hasSize(1);
                assertThat(payments.get(month).get(0).amountCents()).isEqualTo(BerkaFolder.cents(order[4]));
            }
            continued++;
        }
        assertThat(continued).isGreaterThan(1_000);
    }

    @Test
    void realLoansAreRepaidMonthlyThroughTheirUverOrders() throws IOException {
        Map<Integer, String[]> uverOrders = new HashMap<>();
        for (String[] order : BerkaFolder.rows(real, "order.asc")) {
            if (order[5].equals("UVER")) {
                uverOrders.put(Integer.parseInt(order[1]), order);
            }
        }
        int grantedAfterTheCut = 0;
        for (String[] loan : BerkaFolder.rows(real, "loan.asc")) {
            int account = Integer.parseInt(loan[1]);
            YearMonth granted = YearMonth.from(BerkaFolder.date(loan[2]));
            YearMonth first = later(granted.plusMonths(1), YearMonth.of(1994, 11));
            YearMonth last = earlier(granted.plusMonths(Integer.parseInt(loan[4])), YearMonth.from(UNTIL));
            if (first.isAfter(last) || loan[6].equals("B") || loan[6].equals("D")) {
                continue;
            }
            String[] order = uverOrders.get(account);
            long amount = BerkaFolder.cents(order[4]);
            assertThat(Math.abs(amount - BerkaFolder.cents(loan[5]))).isLessThanOrEqualTo(100);
            Map<YearMonth, Long> instalments = generatedByAccount.get(account).stream()
                    .filter(t -> t.kSymbol().equals("UVER"))
                    .peek(t -> assertThat(t.amountCents()).isEqualTo(amount))
                    .collect(Collectors.groupingBy(t -> YearMonth.from(t.date()), Collectors.counting()));
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                assertThat(instalments).as("loan %s in %s", loan[0], month).containsEntry(month, 1L);
            }
            if (granted.isAfter(YearMonth.from(LAST_REAL_DAY))) {
                grantedAfterTheCut++;
            }
        }
        assertThat(grantedAfterTheCut).isGreaterThan(50);
    }

    @Test
    void badLoansShowDistressInsideTheExtension() throws IOException {
        int withOnset = 0;
        for (String[] loan : BerkaFolder.rows(real, "loan.asc")) {
            String[] truth = groundTruth.get(Integer.parseInt(loan[1]));
            assertThat(truth[4]).isEqualTo(loan[6]);
            boolean bad = loan[6].equals("B") || loan[6].equals("D");
            assertThat(truth[5]).isEqualTo(String.valueOf(bad));
            if (!truth[2].isEmpty()) {
                assertThat(bad).as("only bad loans carry distress, loan %s", loan[0]).isTrue();
                LocalDate onset = LocalDate.parse(truth[2]);
                assertThat(onset).isAfter(LAST_REAL_DAY).isBeforeOrEqualTo(UNTIL.minusMonths(3));
                int account = Integer.parseInt(loan[1]);
                long before = income(account, onset.minusMonths(3), onset);
                long after = income(account, onset, onset.plusMonths(3));
                assertThat(after).as("account %d", account).isLessThan(Math.round(before * 0.7));
                withOnset++;
            }
        }
        assertThat(withOnset).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theFolderSaysItIsRealDataExtended() throws IOException {
        String marker = Files.readString(folder.resolve("GENERATED"), StandardCharsets.US_ASCII);
        assertThat(marker).startsWith("GENERATED DATA").contains("real Berka data extended",
                "last_real_day: 1994-10-31",
                "until: 1995-12-31", "real_transactions: " + realRows.size());
        assertThat(summary.realDataExtended()).isTrue();
        assertThat(summary.lines().get(0)).startsWith("REAL DATA EXTENDED WITH GENERATED DATA");
        assertThat(groundTruth).hasSize(4_500);
    }

    private static long income(int account, LocalDate from, LocalDate until) {
        return generatedByAccount.get(account).stream()
                .filter(t -> t.isIncome() && !t.date().isBefore(from) && t.date().isBefore(until))
                .mapToLong(Transaction::amountCents).sum();
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
