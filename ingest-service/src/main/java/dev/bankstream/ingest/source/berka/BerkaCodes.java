package dev.bankstream.ingest.source.berka;

import java.util.Map;

import dev.bankstream.ingest.source.CodeTable;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.LoanStatus;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StatementFrequency;

/** The Czech codes of Berka's small tables, decoded once, here, into English domain values (PKDD'99 guide). */
final class BerkaCodes {

    /** account.frequency: how often statements are issued ("poplatek" = fee). */
    static final CodeTable<StatementFrequency> FREQUENCY = new CodeTable<>("frequency", Map.of(
            "POPLATEK MESICNE", StatementFrequency.MONTHLY,
            "POPLATEK TYDNE", StatementFrequency.WEEKLY,
            "POPLATEK PO OBRATU", StatementFrequency.AFTER_TRANSACTION));

    static final CodeTable<ClientRole> DISPOSITION_TYPE = new CodeTable<>("type", Map.of(
            "OWNER", ClientRole.OWNER,
            "DISPONENT", ClientRole.DISPONENT));

    /** order.k_symbol; the source writes "unspecified" as a single space, which reads as empty. */
    static final CodeTable<OrderPurpose> ORDER_PURPOSE = new CodeTable<>("k_symbol", Map.of(
            "POJISTNE", OrderPurpose.INSURANCE,
            "SIPO", OrderPurpose.HOUSEHOLD,
            "LEASING", OrderPurpose.LEASING,
            "UVER", OrderPurpose.LOAN,
            "", OrderPurpose.UNSPECIFIED));

    static final CodeTable<LoanStatus> LOAN_STATUS = new CodeTable<>("status", Map.of(
            "A", LoanStatus.FINISHED_OK,
            "B", LoanStatus.FINISHED_DEFAULTED,
            "C", LoanStatus.RUNNING_OK,
            "D", LoanStatus.RUNNING_IN_DEBT));

    static final CodeTable<CardType> CARD_TYPE = new CodeTable<>("type", Map.of(
            "junior", CardType.JUNIOR,
            "classic", CardType.CLASSIC,
            "gold", CardType.GOLD));

    private BerkaCodes() {
    }

    /** The usual bad-loan label: finished unpaid (B) or running in debt (D). */
    static boolean defaulted(LoanStatus status) {
        return status == LoanStatus.FINISHED_DEFAULTED || status == LoanStatus.RUNNING_IN_DEBT;
    }
}
