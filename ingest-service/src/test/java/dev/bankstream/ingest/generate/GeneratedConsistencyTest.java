package dev.bankstream.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bankstream.ingest.generate.BerkaFolder.Transaction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated tables agree with each other, and the transactions with the tables, to the cent. */
class GeneratedConsistencyTest {

    private static final LocalDate AS_OF = LocalDate.of(1998, 12, 31);

    @TempDir
    static Path folder;

    private static List<Transaction> transactions;
    private static Map<Integer, List<Transaction>> byAccount;
    private static Map<Integer, String[]> accounts;
    private static Map<Integer, String[]> groundTruth;

    @BeforeAll
    static void generate() throws IOException {
        BerkaGenerator.generate(GeneratorOptions.defaults(folder).withScale(0.05).withSeed(23));
        transactions = BerkaFolder.transactions(folder);
        byAccount = transactions.stream()
                .collect(Collectors.groupingBy(Transaction::accountId, LinkedHashMap::new, Collectors.toList()));
        accounts = byId("account.asc", 0);
        groundTruth = new HashMap<>();
        List<String> truth = BerkaFolder.lines(folder.resolve("ground-truth.csv"));
        for (String line : truth.subList(1, truth.size())) {
            String[] f = line.split(";", -1);
            groundTruth.put(Integer.parseInt(f[0]), f);
        }
    }

    @Test
    void balancesChainExactlyPerAccountInFileOrder() {
        // Given every account's rows in file order
        assertThat(byAccount).hasSizeGreaterThan(100);
        byAccount.forEach((account, rows) -> {
            // Then the first row is the opening deposit and each balance is the previous one plus or minus the amount
            assertThat(rows.get(0).operation()).isEqualTo("VKLAD");
            assertThat(rows.get(0).balanceCents()).isEqualTo(rows.get(0).amountCents());
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).balanceCents())
                        .as("account %d row %d", account, rows.get(i).id())
                        .isEqualTo(rows.get(i - 1).balanceCents() + rows.get(i).signedAmountCents());
            }
        });
    }

    @Test
    void standingOrdersPayOncePerMonthWithTheirAmountAndKSymbol() throws IOException {
        Map<Integer, String[]> loans = byId("loan.asc", 1);
        int checkedMonths = 0;
        for (String[] order : BerkaFolder.rows(folder, "order.asc")) {
            // Given an order and the transfers to its payee
            int account = Integer.parseInt(order[1]);
            List<Transaction> payments = byAccount.get(account).stream()
                    .filter(t -> t.operation().equals("PREVOD NA UCET") && t.bank().equals(order[2])
                            && t.account().equals(order[3]))
                    .toList();
            String expectedSymbol = order[5].equals("LEASING") ? " " : order[5];

            // Then every payment is the order's amount with its k_symbol
            assertThat(payments).allSatisfy(payment -> {
                assertThat(payment.amountCents()).isEqualTo(BerkaFolder.cents(order[4]));
                assertThat(payment.kSymbol()).isEqualTo(expectedSymbol);
            });
            // And it paid exactly once in every month it ran; only a defaulting borrower's payments bounce
            Map<YearMonth, Long> perMonth = payments.stream()
                    .collect(Collectors.groupingBy(t -> YearMonth.from(t.date()), Collectors.counting()));
            assertThat(perMonth.values()).allMatch(count -> count == 1);
            String[] loan = order[5].equals("UVER") ? loans.get(account) : null;
            if (!defaulted(account)) {
                YearMonth first;
                YearMonth last = YearMonth.from(AS_OF);
                if (loan == null) {
                    assertThat(payments).as("order %s", order[0]).isNotEmpty();
                    first = YearMonth.from(payments.get(0).date());
                } else {
                    YearMonth granted = YearMonth.from(BerkaFolder.date(loan[2]));
                    first = granted.plusMonths(1);
                    last = earlier(last, granted.plusMonths(Integer.parseInt(loan[4])));
                }
                assertThat(payments).hasSize((int) Math.max(0, monthsBetween(first, last) + 1));
                for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                    assertThat(perMonth).as("order %s in %s", order[0], month).containsEntry(month, 1L);
                    checkedMonths++;
                }
            }
        }
        assertThat(checkedMonths).isGreaterThan(1_000);
    }

    @Test
    void loanInstalmentsEqualPaymentsFromTheMonthAfterTheGrantToTheContractEnd() throws IOException {
        List<String[]> loans = BerkaFolder.rows(folder, "loan.asc");
        assertThat(loans).isNotEmpty();
        for (String[] loan : loans) {
            int account = Integer.parseInt(loan[1]);
            YearMonth granted = YearMonth.from(BerkaFolder.date(loan[2]));
            int duration = Integer.parseInt(loan[4]);
            assertThat(Long.parseLong(loan[3]) * 100).isEqualTo(BerkaFolder.cents(loan[5]) * duration);
            List<Transaction> instalments = byAccount.get(account).stream()
                    .filter(t -> t.kSymbol().equals("UVER")).toList();
            assertThat(instalments).allSatisfy(instalment -> {
                assertThat(instalment.amountCents()).isEqualTo(BerkaFolder.cents(loan[5]));
                assertThat(YearMonth.from(instalment.date()))
                        .isBetween(granted.plusMonths(1), granted.plusMonths(duration));
            });
            if (loan[6].equals("A") || loan[6].equals("C")) {
                long due = monthsBetween(granted.plusMonths(1), earlier(YearMonth.from(AS_OF),
                        granted.plusMonths(duration))) + 1;
                assertThat(instalments).as("good loan %s pays every instalment", loan[0]).hasSize((int) due);
            }
        }
    }

    @Test
    void loanStatusMatchesTheContractDatesAndTheGroundTruth() throws IOException {
        for (String[] loan : BerkaFolder.rows(folder, "loan.asc")) {
            YearMonth lastInstalment = YearMonth.from(BerkaFolder.date(loan[2])).plusMonths(Integer.parseInt(loan[4]));
            boolean finished = !lastInstalment.atDay(12).isAfter(AS_OF);
            assertThat(loan[6]).as("loan %s", loan[0]).isIn(finished ? List.of("A", "B") : List.of("C", "D"));
            String[] truth = groundTruth.get(Integer.parseInt(loan[1]));
            assertThat(truth[4]).isEqualTo(loan[6]);
            assertThat(truth[5]).isEqualTo(String.valueOf(loan[6].equals("B") || loan[6].equals("D")));
        }
    }

    @Test
    void sanctionInterestIsChargedOnlyAfterTheBalanceWasNegativeThatMonth() {
        int sanctions = 0;
        for (List<Transaction> rows : byAccount.values()) {
            boolean negativeThisMonth = false;
            YearMonth month = null;
            long balance = 0;
            for (Transaction row : rows) {
                YearMonth rowMonth = YearMonth.from(row.date());
                if (!rowMonth.equals(month)) {
                    month = rowMonth;
                    negativeThisMonth = balance < 0;
                }
                if (row.kSymbol().equals("SANKC. UROK")) {
                    assertThat(negativeThisMonth).as("sanction in %s of account %d", month, row.accountId()).isTrue();
                    sanctions++;
                }
                balance = row.balanceCents();
                negativeThisMonth |= balance < 0;
            }
        }
        assertThat(sanctions).isPositive();
    }

    @Test
    void monthEndRowsFollowTheBankRules() {
        Map<String, Long> fees = Map.of("POPLATEK MESICNE", 1_460L, "POPLATEK TYDNE", 3_000L,
                "POPLATEK PO OBRATU", 10_000L);
        for (Transaction row : transactions) {
            boolean monthEnd = row.date().getDayOfMonth() == row.date().lengthOfMonth();
            switch (row.kSymbol()) {
                case "SLUZBY" -> {
                    assertThat(monthEnd).isTrue();
                    assertThat(row.amountCents()).isEqualTo(fees.get(accounts.get(row.accountId())[2]));
                }
                case "UROK" -> {
                    assertThat(monthEnd).isTrue();
                    assertThat(row.type()).isEqualTo("PRIJEM");
                    assertThat(row.operation()).isEmpty();
                }
                case "SANKC. UROK" -> assertThat(monthEnd).isTrue();
                default -> {
                }
            }
        }
    }

    @Test
    void foreignKeysResolve() throws IOException {
        Set<String> districts = ids("district.asc", 0);
        Set<String> clients = ids("client.asc", 0);
        Map<Integer, String[]> dispositions = byId("disp.asc", 0);
        assertThat(accounts.values()).allSatisfy(a -> assertThat(districts).contains(a[1]));
        assertThat(BerkaFolder.rows(folder, "client.asc")).allSatisfy(c -> assertThat(districts).contains(c[2]));
        assertThat(dispositions.values()).allSatisfy(d -> {
            assertThat(clients).contains(d[1]);
            assertThat(accounts).containsKey(Integer.parseInt(d[2]));
        });
        assertThat(dispositions.values().stream().filter(d -> d[3].equals("OWNER")).map(d -> d[2]).distinct())
                .hasSize(accounts.size());
        assertThat(BerkaFolder.rows(folder, "card.asc"))
                .allSatisfy(c -> assertThat(dispositions).containsKey(Integer.parseInt(c[1])));
        for (String table : List.of("order.asc", "loan.asc")) {
            assertThat(BerkaFolder.rows(folder, table))
                    .allSatisfy(row -> assertThat(accounts).containsKey(Integer.parseInt(row[1])));
        }
        assertThat(byAccount.keySet()).allSatisfy(account -> assertThat(accounts).containsKey(account));
        assertThat(groundTruth.keySet()).isEqualTo(accounts.keySet());
    }

    @Test
    void cardWithdrawalsComeOnlyFromCardHoldersAfterIssue() throws IOException {
        Map<Integer, String[]> dispositions = byId("disp.asc", 0);
        Map<Integer, LocalDate> issuedByAccount = new HashMap<>();
        for (String[] card : BerkaFolder.rows(folder, "card.asc")) {
            int account = Integer.parseInt(dispositions.get(Integer.parseInt(card[1]))[2]);
            issuedByAccount.put(account, BerkaFolder.date(card[3].substring(0, 6)));
        }
        List<Transaction> cardRows = transactions.stream().filter(t -> t.operation().equals("VYBER KARTOU")).toList();
        assertThat(cardRows).isNotEmpty().allSatisfy(row -> {
            assertThat(issuedByAccount).containsKey(row.accountId());
            assertThat(row.date()).isAfterOrEqualTo(issuedByAccount.get(row.accountId()));
        });
    }

    private static boolean defaulted(int account) {
        return groundTruth.get(account)[5].equals("true");
    }

    private static Map<Integer, String[]> byId(String table, int column) throws IOException {
        Map<Integer, String[]> rows = new LinkedHashMap<>();
        for (String[] row : BerkaFolder.rows(folder, table)) {
            rows.put(Integer.parseInt(row[column]), row);
        }
        return rows;
    }

    private static Set<String> ids(String table, int column) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String[] row : BerkaFolder.rows(folder, table)) {
            ids.add(row[column]);
        }
        return ids;
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
    }
}
