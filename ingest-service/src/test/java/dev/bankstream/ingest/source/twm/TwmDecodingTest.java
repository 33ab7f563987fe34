package dev.bankstream.ingest.source.twm;

import static dev.bankstream.ingest.source.Events.drain;
import static dev.bankstream.ingest.source.Events.payloads;
import static dev.bankstream.ingest.source.Events.transactions;
import static dev.bankstream.ingest.source.Events.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.ingest.source.RecordedRejects;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.schemas.AccountOpened;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/** twm's codes and formatting quirks, mapped onto Bankstream's events. */
class TwmDecodingTest {

    @TempDir
    Path folder;

    private final RecordedRejects rejects = new RecordedRejects();

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "DP, 136.03, CREDIT, CASH_DEPOSIT",
            "WD, -200.00, DEBIT, CASH_WITHDRAWAL",
            "IN, 2.83, CREDIT, INTEREST",
            "CG, -121.49, DEBIT, CARD_WITHDRAWAL",
            "PM, 100.00, CREDIT, CARD_PAYMENT",
            "CA, -50.00, DEBIT, CASH_WITHDRAWAL",
            "TR, -75.00, DEBIT, REMITTANCE",
            "FK, -0.15, DEBIT, STATEMENT_FEE",
            "FU, -1.00, DEBIT, STATEMENT_FEE",
            "FP, -10.00, DEBIT, STATEMENT_FEE",
            "FM, -2.00, DEBIT, STATEMENT_FEE",
            "FA, -3.00, DEBIT, STATEMENT_FEE",
            "FX, -4.00, DEBIT, STATEMENT_FEE",
            "FK, 0.00, DEBIT, STATEMENT_FEE",
            "WD, 200.00, CREDIT, CASH_WITHDRAWAL"})
    void transactionCodesGiveTheKindAndTheSignGivesTheDirection(String code, String amount,
            TransactionDirection direction, TransactionKind kind) {
        // Given a transaction with this padded code and signed amount
        String line = "7;" + TwmFolder.CHECKING + ";" + amount + ";" + amount + ";0.00;500.00;5.2.1995;53313;A ;"
                + code + "  ";

        // When it is read
        Transaction transaction = transactions(timelineOf(TwmFolder.small().rows(TwmFile.TRANSACTIONS, line)))
                .get(0);

        // Then the kind is decoded, the amount is positive and the raw code kept
        assertThat(transaction.getDirection()).isEqualTo(direction);
        assertThat(transaction.getKind()).isEqualTo(kind);
        assertThat(transaction.getAmount()).isEqualTo(new BigDecimal(amount).abs());
        assertThat(transaction.getSourceCodes()).isEqualTo(code);
        assertThat(rejects.all()).isEmpty();
    }

    @Test
    void inquiriesAreNotTransactionsButAreCountedAsSkipped() {
        // Given the small bank, whose third transaction line is a 0.00 balance inquiry (IQ)
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects)) {
            List<Transaction> transactions = transactions(drain(dataSet.timeline()));

            // Then it is not published, not rejected, and counted as skipped
            assertThat(transactions).extracting(Transaction::getSourceCodes).doesNotContain("IQ").hasSize(5);
            assertThat(rejects.all()).isEmpty();
            assertThat(dataSet.counts().get("twm_transactions.csv")).isEqualTo(new FileCounts(6, 5, 0, 1, 0));
        }
    }

    @Test
    void transactionIdsAreAccountNumberTimes1000PlusTranIdSoTheyAreUnique() {
        // Given tran_id 1 on three different accounts
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects)) {
            List<Transaction> transactions = transactions(drain(dataSet.timeline()));

            // Then each has its own id, from which account and tran_id can be read back
            assertThat(transactions).extracting(Transaction::getTransactionId).doesNotHaveDuplicates()
                    .contains(TwmFolder.CHECKING * 1000 + 1, TwmFolder.SAVINGS * 1000 + 1,
                            TwmFolder.CREDIT * 1000 + 1);
        }
    }

    @Test
    void transactionFieldsDatesAndBalances() {
        // Given a deposit dated 29.1.1995 whose unknown time is written 0, and one with a blank (padded) time
        var bank = TwmFolder.small().rows(TwmFile.TRANSACTIONS,
                "1;" + TwmFolder.CHECKING + ";500.00;500.00;0.00;1000.00;29.1.1995;0;  ;DP  ",
                "2;" + TwmFolder.CHECKING + ";7.6;7.6;0.00;-1007.6;5.12.1995;            ;  ;DP  ");

        assertThat(transactions(timelineOf(bank)))
                .extracting(Transaction::getAccountId, Transaction::getBookingDate, Transaction::getAmount,
                        Transaction::getBalanceAfter, Transaction::getPartnerBank, Transaction::getPartnerAccount)
                .containsExactly(
                        tuple(TwmFolder.CHECKING, LocalDate.of(1995, 1, 29), new BigDecimal("500.00"),
                                new BigDecimal("1000.00"), null, null),
                        tuple(TwmFolder.CHECKING, LocalDate.of(1995, 12, 5), new BigDecimal("7.60"),
                                new BigDecimal("-1007.60"), null, null));
    }

    @Test
    void customersBecomeClientsWithAgeGenderAndIncomeFromTheirPaddedColumns() {
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects)) {
            assertThat(values(dataSet.referenceData(), Client.class))
                    .extracting(Client::getClientId, Client::getAgeAtSource, Client::getGender,
                            Client::getAnnualIncome, Client::getBirthDate, Client::getDistrictId)
                    .containsExactly(
                            tuple(1362691L, 46, Gender.MALE, 26150.0, null, null),
                            tuple(1362487L, 71, Gender.FEMALE, 6605.0, null, null));
        }
    }

    @Test
    void accountsAreOpenedLinkedToTheirCustomerAndCreditCardsIssued() {
        // Given a checking, a savings and a closed credit-card account (end date 25.8.1995, the others NULL)
        var events = timelineOf(TwmFolder.small());

        // Then each is opened at its start date with its product, and linked to its owner
        assertThat(payloads(events, AccountOpened.class))
                .extracting(AccountOpened::getProductType, AccountOpened::getStatementFrequency,
                        AccountOpened::getDistrictId)
                .containsExactly(
                        tuple("SAVINGS", StatementFrequency.UNKNOWN, null),
                        tuple("CHECKING", StatementFrequency.UNKNOWN, null),
                        tuple("CREDIT_CARD", StatementFrequency.UNKNOWN, null));
        assertThat(payloads(events, ClientLinked.class))
                .extracting(ClientLinked::getClientId, ClientLinked::getDispositionId, ClientLinked::getRole)
                .containsExactly(
                        tuple(1362691L, TwmFolder.SAVINGS, ClientRole.OWNER),
                        tuple(1362691L, TwmFolder.CHECKING, ClientRole.OWNER),
                        tuple(1362487L, TwmFolder.CREDIT, ClientRole.OWNER));
        // And the credit-card account comes with its card, the account number standing in for card and link
        assertThat(payloads(events, CardIssued.class))
                .extracting(CardIssued::getCardId, CardIssued::getDispositionId, CardIssued::getCardType)
                .containsExactly(tuple(TwmFolder.CREDIT, TwmFolder.CREDIT, CardType.CREDIT));
        assertThat(events).filteredOn(event -> !(event.value() instanceof Transaction))
                .extracting(SourceEvent::key, SourceEvent::eventDate)
                .containsExactly(
                        tuple(TwmFolder.SAVINGS, LocalDate.of(1994, 12, 10)),
                        tuple(TwmFolder.SAVINGS, LocalDate.of(1994, 12, 10)),
                        tuple(TwmFolder.CHECKING, LocalDate.of(1995, 1, 12)),
                        tuple(TwmFolder.CHECKING, LocalDate.of(1995, 1, 12)),
                        tuple(TwmFolder.CREDIT, LocalDate.of(1995, 8, 8)),
                        tuple(TwmFolder.CREDIT, LocalDate.of(1995, 8, 8)),
                        tuple(TwmFolder.CREDIT, LocalDate.of(1995, 8, 8)));
        assertThat(rejects.all()).isEmpty();
    }

    @Test
    void theFormatAndAsOfDate() {
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().writeTo(folder), rejects)) {
            assertThat(dataSet.format()).isEqualTo("twm");
            assertThat(dataSet.generated()).isFalse();
            assertThat(dataSet.asOfDate()).isEqualTo(LocalDate.of(1995, 8, 20));
            assertThat(dataSet.loanOutcomes()).isEmpty();
        }
    }

    private List<SourceEvent<?, ?>> timelineOf(TwmFolder bank) {
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects)) {
            return drain(dataSet.timeline());
        }
    }
}
