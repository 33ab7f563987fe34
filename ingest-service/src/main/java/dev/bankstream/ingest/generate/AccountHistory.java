package dev.bankstream.ingest.generate;

import static dev.bankstream.ingest.generate.TransactionCodes.CARD_WITHDRAWAL_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.CASH_DEPOSIT_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.CASH_WITHDRAWAL_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.CASH_WITHDRAWAL_TYPE;
import static dev.bankstream.ingest.generate.TransactionCodes.COLLECTION_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.DEBIT_TYPE;
import static dev.bankstream.ingest.generate.TransactionCodes.NO_SYMBOL;
import static dev.bankstream.ingest.generate.TransactionCodes.PENSION_SYMBOL;
import static dev.bankstream.ingest.generate.TransactionCodes.REMITTANCE_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.STATEMENT_FEE_SYMBOL;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * What one real account's transactions say about its owner, gathered in one pass over trans.asc: its last balance,
 * income sources, how much cash comes and goes, and when each standing order was last paid.
 */
final class AccountHistory {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private LocalDate firstDate;
    private LocalDate lastDate;
    private long lastBalanceCents;
    private long balanceSumCents;
    private int rows;
    private long depositCents;
    private int deposits;
    private int cashWithdrawals;
    private int undocumentedWithdrawals;
    private int cardWithdrawals;
    private RegularIncome salary;
    private RegularIncome pension;
    private YearMonth firstFeeMonth;
    private final Map<String, LocalDate> lastPayments = new HashMap<>();

    static String paymentKey(String payeeAccount, long amountCents) {
        return payeeAccount + '|' + amountCents;
    }

    /** Takes one row; rows arrive in file order, so the last one seen holds the account's latest balance. */
    void add(LocalDate date, String type, String operation, long amountCents, long balanceCents, String kSymbol,
            String bank, String partnerAccount) {
        boolean first = rows == 0;
        if (first) {
            firstDate = date;
        }
        lastDate = date;
        lastBalanceCents = balanceCents;
        balanceSumCents += balanceCents;
        rows++;
        if (CASH_DEPOSIT_OPERATION.equals(operation)) {
            // The first row of every real account is its small opening deposit, not income.
            if (!first) {
                depositCents += amountCents;
                deposits++;
            }
        } else if (COLLECTION_OPERATION.equals(operation)) {
            RegularIncome income = new RegularIncome(Partner.of(bank, partnerAccount), amountCents, date.getYear(),
                    date.getDayOfMonth());
            if (PENSION_SYMBOL.equals(kSymbol)) {
                pension = income;
            } else {
                salary = income;
            }
        } else if (CASH_WITHDRAWAL_TYPE.equals(type)) {
            undocumentedWithdrawals++;
            cashWithdrawals++;
        } else if (CARD_WITHDRAWAL_OPERATION.equals(operation)) {
            cardWithdrawals++;
        } else if (DEBIT_TYPE.equals(type) && CASH_WITHDRAWAL_OPERATION.equals(operation)
                && NO_SYMBOL.equals(kSymbol.trim())) {
            cashWithdrawals++;
        } else if (STATEMENT_FEE_SYMBOL.equals(kSymbol) && firstFeeMonth == null) {
            firstFeeMonth = YearMonth.from(date);
        } else if (REMITTANCE_OPERATION.equals(operation)) {
            lastPayments.put(paymentKey(partnerAccount, amountCents), date);
        }
    }

    /** Length of the history in months, fractional, at least one. */
    double months() {
        return Math.max(1.0, (ChronoUnit.DAYS.between(firstDate, lastDate) + 1) / DAYS_PER_MONTH);
    }

    long lastBalanceCents() {
        return lastBalanceCents;
    }

    long averageBalanceCents() {
        return balanceSumCents / rows;
    }

    long monthlyDepositCents() {
        return Math.round(depositCents / months());
    }

    double depositsPerMonth() {
        return deposits / months();
    }

    double cashWithdrawalsPerMonth() {
        return cashWithdrawals / months();
    }

    double undocumentedWithdrawalShare() {
        return cashWithdrawals == 0 ? 0 : undocumentedWithdrawals / (double) cashWithdrawals;
    }

    double cardWithdrawalsPerMonth() {
        return cardWithdrawals / months();
    }

    RegularIncome salary() {
        return salary;
    }

    RegularIncome pension() {
        return pension;
    }

    /** Null if no statement fee was charged yet. */
    YearMonth firstFeeMonth() {
        return firstFeeMonth;
    }

    /** Null if no payment of the order (by payee account and amount) appears. */
    LocalDate lastPayment(String paymentKey) {
        return lastPayments.get(paymentKey);
    }
}
