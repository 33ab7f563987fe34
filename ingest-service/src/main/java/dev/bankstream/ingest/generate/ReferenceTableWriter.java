package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the seven reference tables of a fresh population in the original layouts and row orders: accounts, loans
 * and cards by date; clients, dispositions and districts by id; orders by account.
 */
final class ReferenceTableWriter {

    private static final String MIDNIGHT = " 00:00:00";

    static Map<String, Long> write(Path folder, Population population) throws IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<AccountPlan> accounts = population.accounts();
        rows.put(BerkaLayout.ACCOUNT, accounts(folder, accounts));
        rows.put(BerkaLayout.CLIENT, clients(folder, population.clients()));
        rows.put(BerkaLayout.DISPOSITION, dispositions(folder, population.dispositions()));
        rows.put(BerkaLayout.ORDER, orders(folder, accounts));
        rows.put(BerkaLayout.LOAN, loans(folder, accounts));
        rows.put(BerkaLayout.CARD, cards(folder, accounts));
        rows.put(BerkaLayout.DISTRICT, districts(folder, population.districts()));
        return rows;
    }

    private static long accounts(Path folder, List<AccountPlan> accounts) throws IOException {
        try (TableWriter out = create(folder, BerkaLayout.ACCOUNT)) {
            StringBuilder row = new StringBuilder(48);
            for (AccountPlan account : accounts) {
                row.setLength(0);
                row.append(account.accountId()).append(';').append(account.districtId()).append(';')
                        .append(BerkaText.quoted(account.frequency().code())).append(';');
                out.row(BerkaText.appendDate(row, account.opened()));
            }
            return out.rows();
        }
    }

    private static long clients(Path folder, List<Client> clients) throws IOException {
        try (TableWriter out = create(folder, BerkaLayout.CLIENT)) {
            for (Client client : clients) {
                out.row(client.id() + ";" + BerkaText.quoted(client.birthNumber()) + ';' + client.districtId());
            }
            return out.rows();
        }
    }

    private static long dispositions(Path folder, List<Disposition> dispositions) throws IOException {
        try (TableWriter out = create(folder, BerkaLayout.DISPOSITION)) {
            for (Disposition disposition : dispositions) {
                out.row(disposition.id() + ";" + disposition.clientId() + ';' + disposition.accountId() + ';'
                        + BerkaText.quoted(disposition.typeCode()));
            }
            return out.rows();
        }
    }

    private static long orders(Path folder, List<AccountPlan> accounts) throws IOException {
        try (TableWriter out = create(folder, BerkaLayout.ORDER)) {
            StringBuilder row = new StringBuilder(64);
            for (AccountPlan account : accounts) {
                for (StandingOrder order : account.orders()) {
                    row.setLength(0);
                    row.append(order.id()).append(';').append(order.accountId()).append(';')
                            .append(order.payee().fields()).append(';');
                    BerkaText.appendMoney(row, order.amountCents()).append(';')
                            .append(BerkaText.quoted(order.purpose().orderCode()));
                    out.row(row);
                }
            }
            return out.rows();
        }
    }

    private static long loans(Path folder, List<AccountPlan> accounts) throws IOException {
        List<Loan> loans = new ArrayList<>(accounts.stream().map(AccountPlan::loan).filter(Objects::nonNull).toList());
        loans.sort(Comparator.comparing(Loan::granted));
        try (TableWriter out = create(folder, BerkaLayout.LOAN)) {
            StringBuilder row = new StringBuilder(64);
            for (Loan loan : loans) {
                row.setLength(0);
                row.append(loan.id()).append(';').append(loan.accountId()).append(';');
                // The loan amount is a whole number of crowns without decimals; payments have two.
                BerkaText.appendDate(row, loan.granted()).append(';').append(loan.amountCents() / 100).append(';')
                        .append(loan.durationMonths()).append(';');
                BerkaText.appendMoney(row, loan.paymentsCents()).append(';')
                        .append(BerkaText.quoted(loan.status().name()));
                out.row(row);
            }
            return out.rows();
        }
    }

    private static long cards(Path folder, List<AccountPlan> accounts) throws IOException {
        List<Card> cards = new ArrayList<>(accounts.stream().map(AccountPlan::card).filter(Objects::nonNull).toList());
        cards.sort(Comparator.comparing(Card::issued));
        try (TableWriter out = create(folder, BerkaLayout.CARD)) {
            StringBuilder row = new StringBuilder(48);
            for (Card card : cards) {
                row.setLength(0);
                row.append(card.id()).append(';').append(card.dispositionId()).append(';')
                        .append(BerkaText.quoted(card.type().code())).append(';');
                out.row(BerkaText.appendDate(row, card.issued()).append(MIDNIGHT));
            }
            return out.rows();
        }
    }

    private static long districts(Path folder, List<District> districts) throws IOException {
        try (TableWriter out = create(folder, BerkaLayout.DISTRICT)) {
            for (District district : districts) {
                out.row(district.row());
            }
            return out.rows();
        }
    }

    private static TableWriter create(Path folder, String table) throws IOException {
        return TableWriter.create(folder.resolve(table), BerkaLayout.headerOf(table), BerkaLayout.CRLF);
    }

    private ReferenceTableWriter() {
    }
}
