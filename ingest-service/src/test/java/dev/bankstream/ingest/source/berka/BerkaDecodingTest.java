package dev.bankstream.ingest.source.berka;

import static dev.bankstream.ingest.source.Events.drain;
import static dev.bankstream.ingest.source.Events.payload;
import static dev.bankstream.ingest.source.Events.payloads;
import static dev.bankstream.ingest.source.Events.transactions;
import static dev.bankstream.ingest.source.Events.values;
import static dev.bankstream.ingest.source.Events.withPayload;
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
import dev.bankstream.ingest.source.RecordedRejects;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.schemas.AccountOpened;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.LoanGranted;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanStatus;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderSet;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/** Every Berka code family and format quirk, decoded into domain values. */
class BerkaDecodingTest {

    @TempDir
    Path folder;

    private final RecordedRejects rejects = new RecordedRejects();

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "PRIJEM|VKLAD||CREDIT|CASH_DEPOSIT",
            "PRIJEM|PREVOD Z UCTU||CREDIT|SALARY_OR_TRANSFER_IN",
            "PRIJEM|PREVOD Z UCTU|DUCHOD|CREDIT|PENSION",
            "PRIJEM||UROK|CREDIT|INTEREST",
            "VYDAJ|VYBER||DEBIT|CASH_WITHDRAWAL",
            "VYDAJ|VYBER KARTOU||DEBIT|CARD_WITHDRAWAL",
            "VYDAJ|PREVOD NA UCET||DEBIT|REMITTANCE",
            "VYDAJ|PREVOD NA UCET|SIPO|DEBIT|HOUSEHOLD_PAYMENT",
            "VYDAJ|PREVOD NA UCET|POJISTNE|DEBIT|INSURANCE_PAYMENT",
            "VYDAJ|PREVOD NA UCET|UVER|DEBIT|LOAN_INSTALMENT",
            "VYDAJ|PREVOD NA UCET|LEASING|DEBIT|LEASING_PAYMENT",
            "VYDAJ|VYBER|SLUZBY|DEBIT|STATEMENT_FEE",
            "VYDAJ|VYBER|SANKC. UROK|DEBIT|SANCTION_INTEREST",
            "VYDAJ|VYBER|SIPO|DEBIT|HOUSEHOLD_PAYMENT",
            "VYBER|VYBER||DEBIT|CASH_WITHDRAWAL",
            "PRIJEM|||CREDIT|OTHER"})
    void transactionCodesDecodeIntoDirectionAndKindKeepingTheRawCodes(String type, String operation,
            String purpose, TransactionDirection direction, TransactionKind kind) {
        // Given a transaction with these Czech codes
        String line = "1001;1;930101;\"" + type + "\";\"" + nullToEmpty(operation) + "\";700.00;700.00;\""
                + nullToEmpty(purpose) + "\";;";

        // When it is read
        Transaction transaction = onlyTransaction(line);

        // Then it carries the English domain values and the raw codes for audit
        assertThat(transaction.getDirection()).isEqualTo(direction);
        assertThat(transaction.getKind()).isEqualTo(kind);
        assertThat(transaction.getSourceCodes())
                .isEqualTo(type + "/" + nullToEmpty(operation) + "/" + nullToEmpty(purpose));
        assertThat(rejects.all()).isEmpty();
    }

    @Test
    void theSpaceKSymbolMeansNoCharacterisation() {
        Transaction transaction = onlyTransaction("1001;1;930101;\"VYDAJ\";\"PREVOD NA UCET\";5.00;5.00;\" \";;");

        assertThat(transaction.getKind()).isEqualTo(TransactionKind.REMITTANCE);
        assertThat(transaction.getSourceCodes()).isEqualTo("VYDAJ/PREVOD NA UCET/");
    }

    @Test
    void transactionFieldsAndPartnerEmpties() {
        // Given a transfer with a partner, an interest row with bare empty partner fields, and one with "" and "0"
        List<Transaction> transactions = transactionsOf(
                "1004;2;930205;\"VYDAJ\";\"PREVOD NA UCET\";300.00;-600.50;\"SIPO\";\"YZ\";\"87144583\"",
                "1003;1;930206;\"PRIJEM\";\"\";1.20;701.20;\"UROK\";;",
                "1005;1;930207;\"PRIJEM\";\"VKLAD\";3.00;704.20;\"\";\"\";\"0\"");

        // Then amounts are scale-2 decimals, the partner is kept only where known
        assertThat(transactions).extracting(Transaction::getTransactionId, Transaction::getAccountId,
                        Transaction::getBookingDate, Transaction::getAmount, Transaction::getBalanceAfter,
                        Transaction::getPartnerBank, Transaction::getPartnerAccount)
                .containsExactly(
                        tuple(1004L, 2L, LocalDate.of(1993, 2, 5), new BigDecimal("300.00"),
                                new BigDecimal("-600.50"), "YZ", "87144583"),
                        tuple(1003L, 1L, LocalDate.of(1993, 2, 6), new BigDecimal("1.20"), new BigDecimal("701.20"),
                                null, null),
                        tuple(1005L, 1L, LocalDate.of(1993, 2, 7), new BigDecimal("3.00"), new BigDecimal("704.20"),
                                null, null));
    }

    @Test
    void statementFrequencies() {
        // Given one account of each frequency
        var events = timelineOf(BerkaFolder.small().rows(BerkaFile.ACCOUNT,
                "1;1;\"POPLATEK MESICNE\";930101", "2;1;\"POPLATEK TYDNE\";930101",
                "3;1;\"POPLATEK PO OBRATU\";930101"));

        // Then each is decoded, with the Berka product and the branch district
        assertThat(payloads(events, AccountOpened.class))
                .extracting(AccountOpened::getStatementFrequency, AccountOpened::getProductType,
                        AccountOpened::getDistrictId)
                .containsExactly(
                        tuple(StatementFrequency.MONTHLY, "CURRENT", 1),
                        tuple(StatementFrequency.WEEKLY, "CURRENT", 1),
                        tuple(StatementFrequency.AFTER_TRANSACTION, "CURRENT", 1));
    }

    @Test
    void dispositionRoles() {
        var events = timelineOf(BerkaFolder.small());

        assertThat(payloads(events, ClientLinked.class))
                .extracting(ClientLinked::getDispositionId, ClientLinked::getClientId, ClientLinked::getRole)
                .containsExactly(
                        tuple(1L, 1L, ClientRole.OWNER),
                        tuple(2L, 2L, ClientRole.OWNER),
                        tuple(3L, 3L, ClientRole.DISPONENT));
    }

    @Test
    void orderPurposesIncludingTheSingleSpaceForUnspecified() {
        var events = timelineOf(BerkaFolder.small().rows(BerkaFile.ORDER,
                "1;1;\"AB\";\"1\";1.00;\"POJISTNE\"", "2;1;\"CD\";\"2\";2.00;\"SIPO\"",
                "3;1;\"EF\";\"3\";3.00;\"LEASING\"", "4;1;\"GH\";\"4\";4.00;\"UVER\"",
                "5;1;\"IJ\";\"5\";5.50;\" \""));

        assertThat(payloads(events, StandingOrderSet.class))
                .extracting(StandingOrderSet::getOrderId, StandingOrderSet::getRecipientBank,
                        StandingOrderSet::getRecipientAccount, StandingOrderSet::getAmount,
                        StandingOrderSet::getPurpose)
                .containsExactly(
                        tuple(1L, "AB", "1", new BigDecimal("1.00"), OrderPurpose.INSURANCE),
                        tuple(2L, "CD", "2", new BigDecimal("2.00"), OrderPurpose.HOUSEHOLD),
                        tuple(3L, "EF", "3", new BigDecimal("3.00"), OrderPurpose.LEASING),
                        tuple(4L, "GH", "4", new BigDecimal("4.00"), OrderPurpose.LOAN),
                        tuple(5L, "IJ", "5", new BigDecimal("5.50"), OrderPurpose.UNSPECIFIED));
    }

    @Test
    void loanStatusesAndTheDefaultLabel() {
        // Given one loan of each status, on four accounts
        BerkaFolder bank = BerkaFolder.small()
                .rows(BerkaFile.ACCOUNT, "1;1;\"POPLATEK MESICNE\";930101", "2;1;\"POPLATEK MESICNE\";930101",
                        "3;1;\"POPLATEK MESICNE\";930101", "4;1;\"POPLATEK MESICNE\";930101")
                .rows(BerkaFile.DISP, "1;1;1;\"OWNER\"")
                .rows(BerkaFile.CARD)
                .rows(BerkaFile.LOAN, "11;1;930705;96396;12;8033.00;\"A\"", "12;2;930706;1000;24;41.67;\"B\"",
                        "13;3;930707;2000;36;55.56;\"C\"", "14;4;930708;3000;48;62.50;\"D\"");

        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects)) {
            // Then B and D are the defaulted ones, stated at the as-of date, keyed by account
            assertThat(dataSet.loanOutcomes())
                    .extracting(SourceEvent::key, event -> ((LoanOutcome) event.value()).getStatus(),
                            event -> ((LoanOutcome) event.value()).getDefaulted(), SourceEvent::eventDate)
                    .containsExactly(
                            tuple(1L, LoanStatus.FINISHED_OK, false, dataSet.asOfDate()),
                            tuple(2L, LoanStatus.FINISHED_DEFAULTED, true, dataSet.asOfDate()),
                            tuple(3L, LoanStatus.RUNNING_OK, false, dataSet.asOfDate()),
                            tuple(4L, LoanStatus.RUNNING_IN_DEBT, true, dataSet.asOfDate()));
            // And the grant itself is an account event with the loan's terms
            assertThat(payloads(drain(dataSet.timeline()), LoanGranted.class)).first()
                    .extracting(LoanGranted::getLoanId, LoanGranted::getAmount, LoanGranted::getDurationMonths,
                            LoanGranted::getMonthlyPayment)
                    .containsExactly(11L, new BigDecimal("96396.00"), 12, new BigDecimal("8033.00"));
        }
        assertThat(rejects.all()).isEmpty();
    }

    @Test
    void cardTypesAndTheIssuedTimeSuffix() {
        // Given cards of each type, issued with and without the " 00:00:00" suffix
        var events = timelineOf(BerkaFolder.small().rows(BerkaFile.CARD,
                "1;1;\"junior\";931107 00:00:00", "2;2;\"classic\";940119 00:00:00", "3;3;\"gold\";950301"));

        // Then the card is dated at its issue day and keyed by the account of its disposition
        assertThat(withPayload(events, CardIssued.class))
                .extracting(SourceEvent::key, SourceEvent::eventDate,
                        event -> ((CardIssued) payload(event)).getCardType())
                .containsExactly(
                        tuple(1L, LocalDate.of(1993, 11, 7), CardType.JUNIOR),
                        tuple(2L, LocalDate.of(1994, 1, 19), CardType.CLASSIC),
                        tuple(2L, LocalDate.of(1995, 3, 1), CardType.GOLD));
    }

    @Test
    void birthNumbersGiveBirthDateAndGenderWithMonthPlus50ForWomen() {
        try (BankDataSet dataSet = BankDataSet.open(BerkaFolder.small().writeTo(folder), rejects)) {
            assertThat(values(dataSet.referenceData(), Client.class))
                    .extracting(Client::getClientId, Client::getBirthDate, Client::getGender, Client::getDistrictId,
                            Client::getAgeAtSource, Client::getAnnualIncome)
                    .containsExactly(
                            tuple(1L, LocalDate.of(1970, 12, 13), Gender.FEMALE, 1, null, null),
                            tuple(2L, LocalDate.of(1945, 2, 4), Gender.MALE, 1, null, null),
                            tuple(3L, LocalDate.of(1939, 4, 23), Gender.FEMALE, 69, null, null));
        }
    }

    @Test
    void districtQuestionMarksAreMissingValuesAndTheBareHeaderIsAccepted() {
        try (BankDataSet dataSet = BankDataSet.open(BerkaFolder.small().writeTo(folder), rejects)) {
            List<District> districts = values(dataSet.referenceData(), District.class);

            assertThat(districts).extracting(District::getDistrictId, District::getName, District::getRegion,
                            District::getUnemploymentRate1995, District::getCrimes1995,
                            District::getUnemploymentRate1996, District::getCrimes1996)
                    .containsExactly(
                            tuple(1, "Hl.m. Praha", "Prague", 0.29, 85677L, 0.43, 99107L),
                            tuple(69, "Jesenik", "north Moravia", null, null, 7.01, 1358L));
            assertThat(districts.get(0)).extracting(District::getInhabitants, District::getMunicipalitiesUnder500,
                            District::getMunicipalitiesOver10000, District::getCities, District::getUrbanRatioPercent,
                            District::getAverageSalary, District::getEntrepreneursPer1000)
                    .containsExactly(1204953L, 0, 1, 1, 100.0, 12541, 167);
        }
        assertThat(rejects.all()).isEmpty();
    }

    @Test
    void crlfAndLfFoldersGiveTheSameEvents() {
        // Given the same bank written with CRLF and with LF line ends
        var crlf = timelineOf(BerkaFolder.small(), folder.resolve("crlf"));
        var lf = timelineOf(BerkaFolder.small().withLfLineEnds(), folder.resolve("lf"));

        // Then both read into equal events
        assertThat(lf).isEqualTo(crlf).hasSize(13);
    }

    private Transaction onlyTransaction(String line) {
        return transactionsOf(line).get(0);
    }

    private List<Transaction> transactionsOf(String... lines) {
        return transactions(timelineOf(BerkaFolder.small().rows(BerkaFile.TRANS, lines)));
    }

    private List<SourceEvent<?, ?>> timelineOf(BerkaFolder bank) {
        return timelineOf(bank, folder);
    }

    private List<SourceEvent<?, ?>> timelineOf(BerkaFolder bank, Path target) {
        target.toFile().mkdirs();
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(target), rejects)) {
            return drain(dataSet.timeline());
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
