package dev.bankstream.ingest.source.twm;

import static dev.bankstream.ingest.source.Events.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.ingest.source.RecordedRejects;
import dev.bankstream.ingest.source.RecordedRejects.Rejected;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourcePosition;
import dev.bankstream.ingest.source.UnreadableFileException;

/** Every kind of bad twm line lands in the reject sink with its place and reason; the good lines go on. */
class TwmRejectsTest {

    @TempDir
    Path folder;

    private final RecordedRejects rejects = new RecordedRejects();

    static Stream<Arguments> badLines() {
        String checking = String.valueOf(TwmFolder.CHECKING);
        return Stream.of(
                arguments(TwmFile.TRANSACTIONS, "1;1376137423;200.00;200.00;0.00;200.00;1.1.1995;0;  ;WD  ",
                        "unknown acct_nbr 1376137423 (not in twm_accounts.csv, or rejected there)"),
                arguments(TwmFile.TRANSACTIONS, "9;" + checking + ";-200.00;-200.00;0.00;800.00;5.2.1995;0;A ",
                        "expected 10 fields, found 9"),
                arguments(TwmFile.TRANSACTIONS, "9;" + checking + ";-2OO.00;-200.00;0.00;800.00;5.2.1995;0;A ;WD  ",
                        "bad number in tran_amt: '-2OO.00'"),
                arguments(TwmFile.TRANSACTIONS, "9;" + checking + ";-200.00;-200.00;0.00;800.00;2/5/1995;0;A ;WD  ",
                        "bad date in tran_date: '2/5/1995' (expected d.m.yyyy)"),
                arguments(TwmFile.TRANSACTIONS, "9;" + checking + ";-200.00;-200.00;0.00;800.00;31.2.1995;0;A ;WD  ",
                        "bad date in tran_date: '31.2.1995' (expected d.m.yyyy)"),
                arguments(TwmFile.TRANSACTIONS, "9;" + checking + ";-200.00;-200.00;0.00;800.00;5.2.1995;0;A ;ZZ  ",
                        "unknown tran_code 'ZZ'"),
                arguments(TwmFile.TRANSACTIONS, "1000;" + checking + ";-1.00;-1.00;0.00;800.00;5.2.1995;0;A ;WD  ",
                        "tran_id 1000 outside 0..999: the transaction id acct_nbr * 1000 + tran_id cannot hold it"),
                arguments(TwmFile.ACCOUNTS, "13629992;999;CK  ;Y ;1.1.1995;NULL;0.00;0.00",
                        "unknown cust_id 999 (not in twm_customer.csv, or rejected there)"),
                arguments(TwmFile.ACCOUNTS, "13629992;1362691;XX  ;Y ;1.1.1995;NULL;0.00;0.00",
                        "unknown acct_type 'XX'"),
                arguments(TwmFile.ACCOUNTS, "13629992;1362691;CK  ;Y ;1.1.1995;never;0.00;0.00",
                        "bad date in acct_end_date: 'never' (expected d.m.yyyy)"),
                arguments(TwmFile.ACCOUNTS, checking + ";1362691;CK  ;Y ;1.1.1995;NULL;0.00;0.00",
                        "duplicate acct_nbr " + checking),
                arguments(TwmFile.CUSTOMER, "1362999;x;46;5;1;M ;2;  ;A ;B ;1;C ;1;D ;NV  ",
                        "bad number in income: 'x'"),
                arguments(TwmFile.CUSTOMER, "1362999;100;46;5;1;X ;2;  ;A ;B ;1;C ;1;D ;NV  ",
                        "unknown gender 'X'"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badLines")
    void aBadLineIsRejectedWithFileLineNumberRawLineAndReasonAndTheGoodLinesGoOn(TwmFile file, String badLine,
            String reason) {
        // Given the small bank with one bad line as the second row of a file (line 3)
        List<String> expectedEvents = eventsOf(TwmFolder.small(), folder.resolve("good"));

        // When the data set is read to the end
        Path bad = folder.resolve("bad");
        bad.toFile().mkdirs();
        List<String> events;
        FileCounts counts;
        try (BankDataSet dataSet = BankDataSet.open(TwmFolder.small().insertSecondRow(file, badLine).writeTo(bad),
                rejects)) {
            events = eventsOf(dataSet);
            counts = dataSet.counts().get(file.fileName());
        }

        // Then exactly that line is rejected, where it is, as it is, with the reason
        assertThat(rejects.all()).containsExactly(
                new Rejected(new SourcePosition(file.fileName(), 3), badLine, reason));
        // And every good line before and after it still became its event
        assertThat(events).isEqualTo(expectedEvents);
        assertThat(counts.rejected()).isEqualTo(1);
        assertThat(counts.linesRead()).isEqualTo(counts.accepted() + counts.skipped() + 1);
    }

    @Test
    void aMissingTransactionFileIsAHardErrorNamingIt() throws IOException {
        Path written = TwmFolder.small().writeTo(folder);
        Files.delete(written.resolve("twm_transactions.csv"));

        assertThatThrownBy(() -> BankDataSet.open(written, rejects))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith(written.resolve("twm_transactions.csv") + ": file is missing");
    }

    @Test
    void aWrongHeaderIsAHardErrorNamingTheFile() throws IOException {
        // Given the *_tran layout (cust_id instead of acct_nbr) under the name twm_transactions.csv
        Path written = TwmFolder.small().writeTo(folder);
        Files.writeString(written.resolve("twm_transactions.csv"),
                "cust_id;tran_id;tran_amt;principal_amt;interest_amt;new_balance;tran_date;tran_time;channel;"
                        + "tran_code\r\n");

        assertThatThrownBy(() -> BankDataSet.open(written, rejects))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("twm_transactions.csv: unexpected header 'cust_id;tran_id;");
    }

    private List<String> eventsOf(TwmFolder bank, Path target) {
        target.toFile().mkdirs();
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(target), rejects)) {
            return eventsOf(dataSet);
        }
    }

    /** Every event of the data set, without its source position (which a bad line shifts). */
    private static List<String> eventsOf(BankDataSet dataSet) {
        var events = new ArrayList<SourceEvent<?, ?>>(dataSet.referenceData());
        events.addAll(drain(dataSet.timeline()));
        return events.stream()
                .map(event -> event.topic().name() + " " + event.key() + " " + event.eventDate() + " " + event.value())
                .toList();
    }
}
