package dev.bankstream.ingest.source.twm;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;

import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.CloseableIterator;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.ingest.source.KnownIds;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourceFile;
import dev.bankstream.schemas.Transaction;

/**
 * twm_transactions.csv, which is not in date order, put in date order (then line order) by a bounded external
 * sort: {@link SortedRuns}. The whole file is read and checked first, so every reject and count of this file is
 * known before the first transaction is released.
 * <p>
 * tran_id counts per account (1, 2, ... in the sample; the same tran_id occurs on many accounts), so a transaction
 * is identified by <b>acct_nbr * 1000 + tran_id</b>: unique, stable whichever twm file it is read from, and
 * reversible. A tran_id outside 0..999 cannot be encoded and is rejected (the sample's largest is 155). Balance
 * inquiries (IQ) are well formed but move no money: they are counted as skipped, not published.
 */
final class TwmTransactions {

    private static final long TRANSACTIONS_PER_ACCOUNT = 1000;

    private final SourceFile file;
    private final KnownIds accountNumbers;
    private final SortedRuns runs;
    private long lastEpochDay = Long.MIN_VALUE;

    private TwmTransactions(SourceFile file, KnownIds accountNumbers, int chunkRows) {
        this.file = file;
        this.accountNumbers = accountNumbers;
        this.runs = new SortedRuns(chunkRows);
    }

    /** Reads and checks the whole file, leaving its rows sorted; closes the file. */
    static TwmTransactions sort(SourceFile file, KnownIds accountNumbers, int chunkRows) {
        var transactions = new TwmTransactions(file, accountNumbers, chunkRows);
        try (file) {
            while (file.next()) {
                transactions.readLine();
            }
        }
        return transactions;
    }

    private void readLine() {
        TransactionRow row;
        try {
            row = read(file.line());
        } catch (BadLineException e) {
            file.reject(e.getMessage());
            return;
        }
        if (row == null) {
            file.skipped();
            return;
        }
        runs.add(row);
        lastEpochDay = Math.max(lastEpochDay, row.epochDay());
        file.accepted();
    }

    /** The decoded row, or null for a line that is well formed but carries no transaction (an inquiry). */
    private TransactionRow read(DelimitedLine line) {
        long tranId = line.longValue(0, "tran_id");
        long accountNumber = line.longValue(1, "acct_nbr");
        long amount = line.hundredths(2, "tran_amt");
        long balance = line.hundredths(5, "new_balance");
        LocalDate date = TwmDate.parse(line, 6, "tran_date");
        TransactionCode code = TransactionCode.decode(line, 9);
        if (!accountNumbers.contains(accountNumber)) {
            throw BadLineException.unknownReference("acct_nbr", accountNumber, TwmFile.ACCOUNTS.fileName());
        }
        long transactionId = transactionId(accountNumber, tranId);
        if (!code.movesMoney()) {
            return null;
        }
        return new TransactionRow(file.lineNumber(), date.toEpochDay(), transactionId, accountNumber,
                code.direction(amount), code.kind(), Math.abs(amount), balance, line.text(9));
    }

    private static long transactionId(long accountNumber, long tranId) {
        if (tranId < 0 || tranId >= TRANSACTIONS_PER_ACCOUNT) {
            throw new BadLineException("tran_id " + tranId + " outside 0.." + (TRANSACTIONS_PER_ACCOUNT - 1)
                    + ": the transaction id acct_nbr * 1000 + tran_id cannot hold it");
        }
        try {
            return Math.addExact(Math.multiplyExact(accountNumber, TRANSACTIONS_PER_ACCOUNT), tranId);
        } catch (ArithmeticException e) {
            throw new BadLineException(
                    "acct_nbr " + accountNumber + " too large for the transaction id acct_nbr * 1000 + tran_id");
        }
    }

    /** The latest transaction date, if any transaction was accepted. */
    Optional<LocalDate> lastDate() {
        return lastEpochDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(lastEpochDay));
    }

    /** The accepted transactions in date order, then line order; call once. */
    CloseableIterator<SourceEvent<Long, Transaction>> inDateOrder() {
        CloseableIterator<TransactionRow> rows = runs.sorted();
        String fileName = file.name();
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SourceEvent<Long, Transaction> next() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.next().toEvent(fileName);
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /** Deletes the sort's temporary files, whether or not the transactions were read. */
    void discard() {
        runs.close();
    }
}
