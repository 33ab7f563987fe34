package dev.bankstream.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bankstream.ingest.generate.BerkaFolder.Transaction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Borrowers who default show it in their transactions before the data ends, measured from trans.asc alone: income
 * falls at the onset the ground truth gives, the balance goes below zero, sanction interest and bounced
 * instalments follow.
 */
class DistressGroundTruthTest {

    private static final LocalDate AS_OF = LocalDate.of(1998, 12, 31);

    @TempDir
    static Path folder;

    private static Map<Integer, List<Transaction>> byAccount;
    private static List<String[]> defaulted;
    private static Map<Integer, String[]> loans;

    @BeforeAll
    static void generate() throws IOException {
        // A larger bank than the other tests use, for enough defaults to judge.
        BerkaGenerator.generate(GeneratorOptions.defaults(folder).withScale(0.2).withSeed(31));
        byAccount = BerkaFolder.transactions(folder).stream().collect(Collectors.groupingBy(Transaction::accountId));
        List<String> truth = BerkaFolder.lines(folder.resolve("ground-truth.csv"));
        defaulted = truth.subList(1, truth.size()).stream().map(line -> line.split(";", -1))
                .filter(f -> f[5].equals("true")).toList();
        loans = BerkaFolder.rows(folder, "loan.asc").stream()
                .collect(Collectors.toMap(f -> Integer.parseInt(f[1]), f -> f));
    }

    @Test
    void everyDefaultHasADistressOnsetBeforeTheAsOfDate() {
        assertThat(defaulted).hasSizeGreaterThanOrEqualTo(5);
        assertThat(defaulted).allSatisfy(truth -> {
            assertThat(truth[4]).isIn("B", "D");
            assertThat(truth[2]).isNotEmpty();
            LocalDate onset = LocalDate.parse(truth[2]);
            assertThat(onset.plusMonths(3)).isBeforeOrEqualTo(AS_OF.plusDays(1));
            assertThat(onset).isAfter(BerkaFolder.date(loans.get(Integer.parseInt(truth[0]))[2]));
        });
    }

    @Test
    void incomeInTheQuarterAfterOnsetIsClearlyLowerThanInTheQuarterBefore() {
        for (String[] truth : defaulted) {
            // Given the account's credits from deposits and transfers in, read from trans.asc
            List<Transaction> rows = byAccount.get(Integer.parseInt(truth[0]));
            LocalDate onset = LocalDate.parse(truth[2]);

            // When the quarter before the onset is compared with the quarter from it
            long before = income(rows, onset.minusMonths(3), onset);
            long after = income(rows, onset, onset.plusMonths(3));

            // Then income has fallen by at least 30 %
            assertThat(before).as("income before onset of account %s", truth[0]).isPositive();
            assertThat(after).as("account %s: %d before, %d after", truth[0], before, after)
                    .isLessThan(Math.round(before * 0.7));
        }
    }

    @Test
    void afterOnsetTheBalanceFallsBelowZeroSanctionInterestAppearsAndInstalmentsAreMissed() {
        int negative = 0;
        int sanctioned = 0;
        int missedInstalments = 0;
        long sanctionsBefore = 0;
        long sanctionsAfter = 0;
        for (String[] truth : defaulted) {
            int account = Integer.parseInt(truth[0]);
            LocalDate onset = LocalDate.parse(truth[2]);
            List<Transaction> after = byAccount.get(account).stream()
                    .filter(t -> !t.date().isBefore(onset)).toList();
            List<Transaction> before = byAccount.get(account).stream()
                    .filter(t -> t.date().isBefore(onset)).toList();
            if (after.stream().anyMatch(t -> t.balanceCents() < 0)) {
                negative++;
            }
            if (after.stream().anyMatch(t -> t.kSymbol().equals("SANKC. UROK"))) {
                sanctioned++;
            }
            sanctionsBefore += before.stream().filter(t -> t.kSymbol().equals("SANKC. UROK")).count();
            sanctionsAfter += after.stream().filter(t -> t.kSymbol().equals("SANKC. UROK")).count();
            String[] loan = loans.get(account);
            YearMonth granted = YearMonth.from(BerkaFolder.date(loan[2]));
            YearMonth last = earlier(granted.plusMonths(Integer.parseInt(loan[4])), YearMonth.from(AS_OF));
            long due = (last.getYear() - granted.getYear()) * 12L + last.getMonthValue() - granted.getMonthValue();
            long paid = byAccount.get(account).stream().filter(t -> t.kSymbol().equals("UVER")).count();
            if (paid < due) {
                missedInstalments++;
            }
        }
        assertThat(negative).isGreaterThanOrEqualTo(defaulted.size() * 9 / 10);
        assertThat(sanctioned).isGreaterThanOrEqualTo(defaulted.size() * 9 / 10);
        assertThat(missedInstalments).isGreaterThanOrEqualTo(defaulted.size() * 9 / 10);
        assertThat(sanctionsAfter).isGreaterThan(10 * sanctionsBefore);
    }

    @Test
    void goodLoansHaveNoDistress() throws IOException {
        List<String> truth = BerkaFolder.lines(folder.resolve("ground-truth.csv"));
        assertThat(truth.subList(1, truth.size())).map(line -> line.split(";", -1))
                .filteredOn(f -> f[4].equals("A") || f[4].equals("C"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f[2]).isEmpty());
    }

    private static long income(List<Transaction> rows, LocalDate from, LocalDate until) {
        return rows.stream()
                .filter(t -> t.isIncome() && !t.date().isBefore(from) && t.date().isBefore(until))
                .mapToLong(Transaction::amountCents).sum();
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
