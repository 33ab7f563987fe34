package dev.bankstream.ingest.source.berka;

import static dev.bankstream.ingest.source.Events.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Every kind of bad Berka line lands in the reject sink with its place and reason; the good lines go on. */
class BerkaRejectsTest {

    @TempDir
    Path folder;

    private final RecordedRejects rejects = new RecordedRejects();

    static Stream<Arguments> badLines() {
        return Stream.of(
                // wrong field count, unreadable quoting
                arguments(BerkaFile.TRANS, "1006;1;930103;\"PRIJEM\";\"VKLAD\";1.00;701.00;\"\";",
                        "expected 10 fields, found 9"),
                arguments(BerkaFile.TRANS, "1006;1;930103;\"PRIJEM;\"VKLAD\";1.00;701.00;\"\";;",
                        "unbalanced quote in field 4"),
                // bad numbers
                arguments(BerkaFile.TRANS, "1006;1;930103;\"PRIJEM\";\"VKLAD\";12x.00;701.00;\"\";;",
                        "bad number in amount: '12x.00'"),
                arguments(BerkaFile.TRANS, "1006;1;930103;\"PRIJEM\";\"VKLAD\";-1.00;701.00;\"\";;",
                        "negative amount '-1.00' (the direction comes from type)"),
                arguments(BerkaFile.LOAN, "5320;2;930801;1000;twelve;90.00;\"A\"", "bad number in duration: 'twelve'"),
                arguments(BerkaFile.DISTRICT, "70;\"X\";\"Y\";1;1;1;1;1;1;1.0;1;1.0;?;1;1;1",
                        "bad number in A13: '?'"),
                // bad dates
                arguments(BerkaFile.TRANS, "1006;1;930231;\"PRIJEM\";\"VKLAD\";1.00;701.00;\"\";;",
                        "bad date in date: '930231' (expected YYMMDD)"),
                arguments(BerkaFile.ACCOUNT, "3;1;\"POPLATEK MESICNE\";1993-01-01",
                        "bad date in date: '1993-01-01' (expected YYMMDD)"),
                arguments(BerkaFile.CARD, "1006;1;\"gold\";940101 0:00",
                        "bad date in issued: '940101 0:00' (expected YYMMDD)"),
                arguments(BerkaFile.CLIENT, "4;\"701332\";1",
                        "bad birth_number '701332' (expected YYMMDD, month + 50 for women)"),
                // unknown codes
                arguments(BerkaFile.TRANS, "1006;1;930103;\"PRIJMY\";\"VKLAD\";1.00;701.00;\"\";;",
                        "unknown type 'PRIJMY'"),
                arguments(BerkaFile.TRANS, "1006;1;930103;\"PRIJEM\";\"HOTOVOST\";1.00;701.00;\"\";;",
                        "unknown operation 'HOTOVOST'"),
                arguments(BerkaFile.TRANS, "1006;1;930103;\"PRIJEM\";\"VKLAD\";1.00;701.00;\"DAR\";;",
                        "unknown k_symbol 'DAR'"),
                arguments(BerkaFile.ACCOUNT, "3;1;\"POPLATEK ROCNE\";930101", "unknown frequency 'POPLATEK ROCNE'"),
                arguments(BerkaFile.DISP, "4;1;1;\"USER\"", "unknown type 'USER'"),
                arguments(BerkaFile.ORDER, "29403;1;\"AB\";\"1\";1.00;\"DAR\"", "unknown k_symbol 'DAR'"),
                arguments(BerkaFile.LOAN, "5320;2;930801;1000;12;90.00;\"E\"", "unknown status 'E'"),
                arguments(BerkaFile.CARD, "1006;1;\"platinum\";940101 00:00:00", "unknown type 'platinum'"),
                // foreign keys pointing nowhere
                arguments(BerkaFile.TRANS, "1006;99;930103;\"PRIJEM\";\"VKLAD\";1.00;1.00;\"\";;",
                        "unknown account_id 99 (not in account.asc, or rejected there)"),
                arguments(BerkaFile.CARD, "1006;99;\"gold\";940101 00:00:00",
                        "unknown disp_id 99 (not in disp.asc, or rejected there)"),
                arguments(BerkaFile.DISP, "4;99;1;\"OWNER\"",
                        "unknown client_id 99 (not in client.asc, or rejected there)"),
                arguments(BerkaFile.DISP, "4;1;99;\"OWNER\"",
                        "unknown account_id 99 (not in account.asc, or rejected there)"),
                arguments(BerkaFile.ORDER, "29403;99;\"AB\";\"1\";1.00;\"SIPO\"",
                        "unknown account_id 99 (not in account.asc, or rejected there)"),
                arguments(BerkaFile.LOAN, "5320;99;930801;1000;12;90.00;\"A\"",
                        "unknown account_id 99 (not in account.asc, or rejected there)"),
                arguments(BerkaFile.ACCOUNT, "3;99;\"POPLATEK MESICNE\";930101",
                        "unknown district_id 99 (not in district.asc, or rejected there)"),
                arguments(BerkaFile.CLIENT, "4;\"701212\";99",
                        "unknown district_id 99 (not in district.asc, or rejected there)"),
                // keys that must be unique, and missing required text
                arguments(BerkaFile.ACCOUNT, "1;1;\"POPLATEK MESICNE\";930101", "duplicate account_id 1"),
                arguments(BerkaFile.LOAN, "5320;1;930801;1000;12;90.00;\"A\"",
                        "account_id 1 already has loan 5314 (Berka allows one loan per account)"),
                arguments(BerkaFile.ORDER, "29403;1;\"\";\"1\";1.00;\"SIPO\"", "missing bank_to"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badLines")
    void aBadLineIsRejectedWithFileLineNumberRawLineAndReasonAndTheGoodLinesGoOn(BerkaFile file, String badLine,
            String reason) {
        // Given the small bank with one bad line as the second row of a file (line 3)
        BerkaFolder bank = BerkaFolder.small().insertSecondRow(file, badLine);
        List<String> expectedEvents = eventsOf(BerkaFolder.small(), folder.resolve("good"));

        // When the data set is read to the end
        List<String> events = eventsOf(bank, folder.resolve("bad"));
        FileCounts counts = countsOf(bank, file);

        // Then exactly that line is rejected, where it is, as it is, with the reason
        assertThat(rejects.all()).containsExactly(
                new Rejected(new SourcePosition(file.fileName(), 3), badLine, reason));
        // And every good line before and after it still became its event
        assertThat(events).isEqualTo(expectedEvents);
        assertThat(counts.rejected()).isEqualTo(1);
        assertThat(counts.accepted()).isEqualTo(counts.linesRead() - 1);
    }

    @Test
    void aRejectedAccountTakesItsDependentLinesWithItEachWithItsOwnReason() {
        // Given account 2 points at a district that does not exist
        BerkaFolder bank = BerkaFolder.small().rows(BerkaFile.ACCOUNT,
                "1;1;\"POPLATEK MESICNE\";930101", "2;99;\"POPLATEK TYDNE\";930102");

        // When the data set is read
        Map<String, FileCounts> counts;
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(folder), rejects)) {
            drain(dataSet.timeline());
            counts = dataSet.counts();
        }

        // Then the account, its two dispositions, its order, the card of its disponent and its transactions are
        // rejected, each saying what it points at
        assertThat(rejects.all()).extracting(Rejected::position, Rejected::reason).containsExactly(
                tuple(new SourcePosition("account.asc", 3),
                        "unknown district_id 99 (not in district.asc, or rejected there)"),
                tuple(new SourcePosition("disp.asc", 3),
                        "unknown account_id 2 (not in account.asc, or rejected there)"),
                tuple(new SourcePosition("disp.asc", 4),
                        "unknown account_id 2 (not in account.asc, or rejected there)"),
                tuple(new SourcePosition("order.asc", 3),
                        "unknown account_id 2 (not in account.asc, or rejected there)"),
                tuple(new SourcePosition("card.asc", 2),
                        "unknown disp_id 3 (not in disp.asc, or rejected there)"),
                tuple(new SourcePosition("trans.asc", 3),
                        "unknown account_id 2 (not in account.asc, or rejected there)"),
                tuple(new SourcePosition("trans.asc", 5),
                        "unknown account_id 2 (not in account.asc, or rejected there)"));
        // And the counts per file say so
        assertThat(counts).containsEntry("account.asc", new FileCounts(2, 1, 1, 0, 0))
                .containsEntry("trans.asc", new FileCounts(4, 2, 2, 0, 0))
                .containsEntry("district.asc", new FileCounts(2, 2, 0, 0, 0));
    }

    @Test
    void aMissingFileIsAHardErrorNamingIt() throws IOException {
        // Given a Berka folder without card.asc
        Path written = BerkaFolder.small().writeTo(folder);
        Files.delete(written.resolve("card.asc"));

        // Then opening it fails, naming the file and what a Berka folder needs
        assertThatThrownBy(() -> BankDataSet.open(written, rejects))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith(written.resolve("card.asc") + ": file is missing")
                .hasMessageEndingWith("needs all of district.asc, client.asc, account.asc, disp.asc, order.asc, "
                        + "loan.asc, card.asc, trans.asc");
    }

    @Test
    void aWrongTransactionHeaderFailsAtOpeningNotMidReplay() throws IOException {
        // Given a trans.asc whose header lost a column
        Path written = BerkaFolder.small().writeTo(folder);
        Files.writeString(written.resolve("trans.asc"), "\"trans_id\";\"account_id\";\"date\"\r\n1;1;930101\r\n");

        // Then opening fails with the file's name and the expected header
        assertThatThrownBy(() -> BankDataSet.open(written, rejects))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("trans.asc: unexpected header")
                .hasMessageContaining("trans_id;account_id;date;type;operation;amount;balance;k_symbol;bank;account");
    }

    /** Every event of the data set, without its source position (which a bad line shifts). */
    private List<String> eventsOf(BerkaFolder bank, Path target) {
        target.toFile().mkdirs();
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(target), rejects)) {
            var events = new ArrayList<SourceEvent<?, ?>>(dataSet.referenceData());
            events.addAll(drain(dataSet.timeline()));
            events.addAll(dataSet.loanOutcomes());
            return events.stream()
                    .map(event -> event.topic().name() + " " + event.key() + " " + event.eventDate() + " "
                            + event.value())
                    .toList();
        }
    }

    private FileCounts countsOf(BerkaFolder bank, BerkaFile file) {
        Path target = folder.resolve("counted");
        target.toFile().mkdirs();
        try (BankDataSet dataSet = BankDataSet.open(bank.writeTo(target), (position, line, reason) -> { })) {
            drain(dataSet.timeline());
            return dataSet.counts().get(file.fileName());
        }
    }
}
