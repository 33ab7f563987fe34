package dev.bankstream.ingest.source.twm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small twm folder in the original format (CHAR padding, d.m.yyyy dates, NULL end dates, CRLF), with rows
 * a test can replace or extend. The default content: two customers; a checking and a savings account for the first,
 * a closed credit-card account for the second; six transactions out of date order, one of them a balance inquiry.
 */
final class TwmFolder {

    private static final Map<TwmFile, String> HEADERS = Map.of(
            TwmFile.CUSTOMER, "cust_id;income;age;years_with_bank;nbr_children;gender;marital_status;name_prefix;"
                    + "first_name;last_name;street_nbr;street_name;postal_code;city_name;state_code",
            TwmFile.ACCOUNTS, "acct_nbr;cust_id;acct_type;account_active;acct_start_date;acct_end_date;"
                    + "starting_balance;ending_balance",
            TwmFile.TRANSACTIONS, "tran_id;acct_nbr;tran_amt;principal_amt;interest_amt;new_balance;tran_date;"
                    + "tran_time;channel;tran_code");

    static final long CHECKING = 13626912L;
    static final long SAVINGS = 13626913L;
    static final long CREDIT = 4561143213624870L;

    private final Map<TwmFile, List<String>> rows = new EnumMap<>(TwmFile.class);

    private TwmFolder() {
        rows(TwmFile.CUSTOMER,
                "1362691;26150;46;5;1;M ;2;        ;Donald      ;Marek       ;8298;Second      ;89194;"
                        + "Las Vegas   ;NV  ",
                "1362487;6605;71;1;0;F ;2;        ;ChingDyi    ;Moussavi    ;10603;Daffodil    ;90159;"
                        + "Los Angeles ;CA  ");
        rows(TwmFile.ACCOUNTS,
                CHECKING + ";1362691;CK  ;Y ;12.1.1995;NULL;1000.00;1200.00",
                SAVINGS + ";1362691;SV  ;Y ;10.12.1994;NULL;100.00;120.00",
                CREDIT + ";1362487;CC  ;N ;8.8.1995;25.8.1995;0.00;1548.23");
        rows(TwmFile.TRANSACTIONS,
                "2;" + CHECKING + ";-200.00;-200.00;0.00;800.00;5.2.1995;53313;A ;WD  ",
                "1;" + CHECKING + ";500.00;500.00;0.00;1000.00;29.1.1995;0;  ;DP  ",
                "3;" + CHECKING + ";0.00;0.00;0.00;800.00;5.2.1995;121656;A ;IQ  ",
                "1;" + SAVINGS + ";2.83;0.00;2.83;102.83;31.1.1995;235959;  ;IN  ",
                "1;" + CREDIT + ";-121.49;-121.49;0.00;-121.49;20.8.1995;101144;E ;CG  ",
                "4;" + CHECKING + ";-0.15;-0.15;0.00;799.85;28.2.1995;0;  ;FK  ");
    }

    static TwmFolder small() {
        return new TwmFolder();
    }

    TwmFolder rows(TwmFile file, String... lines) {
        rows.put(file, new ArrayList<>(Arrays.asList(lines)));
        return this;
    }

    /** Puts {@code line} after the first data row of {@code file}: line 3 of the file. */
    TwmFolder insertSecondRow(TwmFile file, String line) {
        rows.get(file).add(1, line);
        return this;
    }

    Path writeTo(Path folder) {
        try {
            for (TwmFile file : TwmFile.values()) {
                var content = new StringBuilder(HEADERS.get(file)).append("\r\n");
                rows.get(file).forEach(row -> content.append(row).append("\r\n"));
                Files.writeString(file.in(folder), content, StandardCharsets.US_ASCII);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
