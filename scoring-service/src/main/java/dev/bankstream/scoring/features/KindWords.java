package dev.bankstream.scoring.features;

import dev.bankstream.schemas.TransactionKind;

/** Transaction kinds in the words a risk officer uses. */
final class KindWords {

    private KindWords() {
    }

    static String of(TransactionKind kind) {
        return switch (kind) {
            case SALARY_OR_TRANSFER_IN -> "salary payments and transfers in";
            case CASH_DEPOSIT -> "cash deposits";
            case CASH_WITHDRAWAL -> "cash withdrawals";
            case CARD_WITHDRAWAL -> "card withdrawals";
            case REMITTANCE -> "remittances to other banks";
            case HOUSEHOLD_PAYMENT -> "household payments";
            case INSURANCE_PAYMENT -> "insurance payments";
            case PENSION -> "pension payments";
            case LOAN_INSTALMENT -> "loan instalments";
            case LEASING_PAYMENT -> "leasing payments";
            case INTEREST -> "interest credits";
            case SANCTION_INTEREST -> "sanction interest charges";
            case STATEMENT_FEE -> "statement fees";
            case CARD_PAYMENT -> "card payments";
            case OTHER -> "other transactions";
        };
    }
}
