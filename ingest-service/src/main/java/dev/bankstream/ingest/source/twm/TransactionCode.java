package dev.bankstream.ingest.source.twm;

import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * twm's tran_code. No documentation of the codes was found; the readings follow the sign of the amounts and the
 * table each code occurs in (see the data set's README). The direction of a transaction comes from the sign of its
 * amount; a code's usual direction is used only for a zero amount (there is one 0.00 fee in the sample).
 */
enum TransactionCode {

    DEPOSIT("DP", TransactionKind.CASH_DEPOSIT, TransactionDirection.CREDIT),
    WITHDRAWAL("WD", TransactionKind.CASH_WITHDRAWAL, TransactionDirection.DEBIT),
    INTEREST("IN", TransactionKind.INTEREST, TransactionDirection.CREDIT),
    CARD_CHARGE("CG", TransactionKind.CARD_WITHDRAWAL, TransactionDirection.DEBIT),
    CARD_PAYMENT("PM", TransactionKind.CARD_PAYMENT, TransactionDirection.CREDIT),
    CASH_ADVANCE("CA", TransactionKind.CASH_WITHDRAWAL, TransactionDirection.DEBIT),
    TRANSFER("TR", TransactionKind.REMITTANCE, TransactionDirection.DEBIT),
    /** Every code starting with F (FK, FU, FP, FM, FA in the sample). */
    FEE("F", TransactionKind.STATEMENT_FEE, TransactionDirection.DEBIT),
    /** A balance inquiry: always 0.00, moves no money, so it is not a transaction (counted as skipped). */
    INQUIRY("IQ", null, null);

    private static final TransactionCode[] VALUES = values();

    private final String code;
    private final TransactionKind kind;
    private final TransactionDirection usualDirection;

    TransactionCode(String code, TransactionKind kind, TransactionDirection usualDirection) {
        this.code = code;
        this.kind = kind;
        this.usualDirection = usualDirection;
    }

    static TransactionCode decode(DelimitedLine line, int field) {
        if (line.length(field) > 0 && line.charAt(field, 0) == 'F') {
            return FEE;
        }
        for (TransactionCode value : VALUES) {
            if (line.is(field, value.code)) {
                return value;
            }
        }
        throw new BadLineException("unknown tran_code '" + line.text(field) + "'");
    }

    boolean movesMoney() {
        return kind != null;
    }

    TransactionKind kind() {
        return kind;
    }

    TransactionDirection direction(long amountHundredths) {
        if (amountHundredths == 0) {
            return usualDirection;
        }
        return amountHundredths < 0 ? TransactionDirection.DEBIT : TransactionDirection.CREDIT;
    }
}
