package dev.bankstream.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A generated folder has the exact form of the original Berka files. */
class GeneratedFormatTest {

    private static final Pattern DATE = Pattern.compile("\\d{6}");
    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern QUOTED = Pattern.compile("\"[^\";]*\"");
    private static final Pattern PARTNER = Pattern.compile("\"[A-Z]{2}\";\"[1-9]\\d{0,7}\"");

    /** The original header lines, used when the real folder is not there to read them from. */
    private static final Map<String, String> ORIGINAL_HEADERS = Map.of(
            "account.asc", "\"account_id\";\"district_id\";\"frequency\";\"date\"",
            "client.asc", "\"client_id\";\"birth_number\";\"district_id\"",
            "disp.asc", "\"disp_id\";\"client_id\";\"account_id\";\"type\"",
            "order.asc", "\"order_id\";\"account_id\";\"bank_to\";\"account_to\";\"amount\";\"k_symbol\"",
            "trans.asc", "\"trans_id\";\"account_id\";\"date\";\"type\";\"operation\";\"amount\";\"balance\";"
                    + "\"k_symbol\";\"bank\";\"account\"",
            "loan.asc", "\"loan_id\";\"account_id\";\"date\";\"amount\";\"duration\";\"payments\";\"status\"",
            "card.asc", "\"card_id\";\"disp_id\";\"type\";\"issued\"",
            "district.asc", "A1;A2;A3;A4;A5;A6;A7;A8;A9;A10;A11;A12;A13;A14;A15;A16");

    @TempDir
    static Path folder;

    @BeforeAll
    static void generate() {
        BerkaGenerator.generate(GeneratorOptions.defaults(folder).withScale(0.05).withSeed(11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"account.asc", "client.asc", "disp.asc", "order.asc", "trans.asc", "loan.asc",
        "card.asc", "district.asc"})
    void everyFileHasTheOriginalHeaderCrlfEndingsAndAFullRowShape(String table) throws IOException {
        // Given the header of the original file (read from the real folder when present)
        String expectedHeader = originalHeader(table);

        // When the generated file is read as bytes
        byte[] bytes = Files.readAllBytes(folder.resolve(table));
        List<String> lines = BerkaFolder.lines(folder.resolve(table));

        // Then it starts with that header, ends every line in CRLF, and every row has the header's field count
        assertThat(lines.get(0)).isEqualTo(expectedHeader);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '\r');
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(text.chars()).allMatch(c -> c >= 0x20 && c < 0x7f || c == '\r' || c == '\n');
        int fields = expectedHeader.split(";", -1).length;
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(fields));
    }

    @Test
    void idsAreUniqueInEveryTable() throws IOException {
        for (String table : List.of("account.asc", "client.asc", "disp.asc", "order.asc", "trans.asc", "loan.asc",
                "card.asc", "district.asc")) {
            Set<String> ids = new HashSet<>();
            for (String[] row : BerkaFolder.rows(folder, table)) {
                assertThat(ids.add(row[0])).as("%s id %s", table, row[0]).isTrue();
            }
        }
    }

    @Test
    void transactionRowsUseTheOriginalFieldForms() throws IOException {
        List<String> lines = BerkaFolder.lines(folder.resolve("trans.asc"));
        Set<String> types = Set.of("PRIJEM", "VYDAJ", "VYBER");
        Set<String> operations = Set.of("VYBER KARTOU", "VKLAD", "PREVOD Z UCTU", "VYBER", "PREVOD NA UCET", "");
        Set<String> symbols = Set.of("POJISTNE", "SLUZBY", "UROK", "SANKC. UROK", "SIPO", "DUCHOD", "UVER", "", " ");
        String previousDate = "000000";
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            assertThat(f[0]).matches(WHOLE);
            assertThat(f[2]).matches(DATE);
            assertThat(BerkaFolder.date(f[2])).isNotNull();
            assertThat(f[2]).as("trans.asc is sorted by date").isGreaterThanOrEqualTo(previousDate);
            previousDate = f[2];
            assertThat(List.of(f[3], f[4], f[7])).allSatisfy(field -> assertThat(field).matches(QUOTED));
            assertThat(BerkaFolder.unquote(f[3])).isIn(types);
            assertThat(BerkaFolder.unquote(f[4])).isIn(operations);
            assertThat(BerkaFolder.unquote(f[7])).isIn(symbols);
            assertThat(f[5]).matches(MONEY).doesNotStartWith("-");
            assertThat(f[6]).matches(MONEY);
            String partner = f[8] + ';' + f[9];
            assertThat(partner.equals(";") || partner.equals("\"\";\"0\"") || PARTNER.matcher(partner).matches())
                    .as("bank;account forms in %s", line).isTrue();
        }
    }

    @Test
    void referenceTablesUseTheOriginalFieldForms() throws IOException {
        assertThat(dataLines("account.asc")).allSatisfy(f -> {
            assertThat(f[2]).isIn("\"POPLATEK MESICNE\"", "\"POPLATEK TYDNE\"", "\"POPLATEK PO OBRATU\"");
            assertThat(f[3]).matches(DATE);
        });
        assertThat(dataLines("client.asc")).allSatisfy(f -> {
            assertThat(f[1]).matches("\"\\d{6}\"");
            int month = Integer.parseInt(f[1].substring(3, 5));
            assertThat(month).satisfiesAnyOf(m -> assertThat(m).isBetween(1, 12), m -> assertThat(m).isBetween(51, 62));
        });
        assertThat(dataLines("disp.asc")).allSatisfy(f -> assertThat(f[3]).isIn("\"OWNER\"", "\"DISPONENT\""));
        assertThat(dataLines("order.asc")).allSatisfy(f -> {
            assertThat(f[2] + ';' + f[3]).matches(PARTNER);
            assertThat(f[4]).matches(MONEY);
            assertThat(f[5]).isIn("\"SIPO\"", "\"POJISTNE\"", "\"LEASING\"", "\"UVER\"", "\" \"");
        });
        assertThat(dataLines("loan.asc")).allSatisfy(f -> {
            assertThat(f[2]).matches(DATE);
            assertThat(f[3]).matches(WHOLE);
            assertThat(f[4]).isIn("12", "24", "36", "48", "60");
            assertThat(f[5]).matches(MONEY);
            assertThat(f[6]).isIn("\"A\"", "\"B\"", "\"C\"", "\"D\"");
        });
        assertThat(dataLines("card.asc")).allSatisfy(f -> {
            assertThat(f[2]).isIn("\"junior\"", "\"classic\"", "\"gold\"");
            assertThat(f[3]).matches("\\d{6} 00:00:00");
        });
        assertThat(dataLines("district.asc")).hasSize(77).allSatisfy(f -> {
            assertThat(f[1]).matches(QUOTED);
            assertThat(f[2]).matches(QUOTED);
            assertThat(f[9]).matches("\\d+\\.\\d");
            assertThat(f[11]).matches("\\d+\\.\\d{2}|\\?");
            assertThat(f[12]).matches("\\d+\\.\\d{2}");
        });
    }

    @Test
    void rowsAreOrderedAsInTheOriginal() throws IOException {
        assertThat(dataLines("account.asc")).extracting(f -> f[3]).isSorted();
        assertThat(dataLines("loan.asc")).extracting(f -> f[2]).isSorted();
        assertThat(dataLines("card.asc")).extracting(f -> f[3]).isSorted();
        assertThat(dataLines("client.asc")).extracting(f -> Integer.parseInt(f[0])).isSorted();
        assertThat(dataLines("order.asc")).extracting(f -> Integer.parseInt(f[1])).isSorted();
    }

    @Test
    void theFolderSaysItIsGeneratedAndCarriesGroundTruth() throws IOException {
        String marker = Files.readString(folder.resolve("GENERATED"), StandardCharsets.US_ASCII);
        assertThat(marker).startsWith("GENERATED DATA").contains("seed: 11", "scale: 0.05",
                "first_day: 1993-01-01", "last_day: 1998-12-31");
        List<String> truth = BerkaFolder.lines(folder.resolve("ground-truth.csv"));
        assertThat(truth.get(0)).isEqualTo("account_id;profile;distress_onset;distress_end;loan_status;defaulted");
        assertThat(truth).hasSize(dataLines("account.asc").size() + 1);
    }

    private static List<String[]> dataLines(String table) throws IOException {
        List<String> lines = BerkaFolder.lines(folder.resolve(table));
        return lines.subList(1, lines.size()).stream().map(line -> line.split(";", -1)).toList();
    }

    private static String originalHeader(String table) throws IOException {
        Optional<Path> real = BerkaFolder.realFolder();
        if (real.isPresent()) {
            return BerkaFolder.lines(real.get().resolve(table)).get(0);
        }
        return ORIGINAL_HEADERS.get(table);
    }
}
