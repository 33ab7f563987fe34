package dev.bankstream.feature.behaviour;

import java.util.ArrayList;
import java.util.List;

import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StatementFrequency;

/**
 * The stored form of an {@link AccountState}: a version byte, then compact variable-length fields. Read on every
 * input record, so it is hand-written for size and speed; enum-valued facts are stored by name so that schema
 * changes to their order cannot corrupt them.
 */
public final class AccountStateCodec {

    private static final byte VERSION = 1;
    /** Room for the facts and the running statistics, and for a day of activity with a few flows. */
    private static final int FIXED_SIZE_HINT = 512;
    private static final int DAY_SIZE_HINT = 32;

    private AccountStateCodec() {
    }

    public static byte[] encode(AccountState state) {
        CompactOutput out = new CompactOutput(FIXED_SIZE_HINT + DAY_SIZE_HINT * state.days.size());
        out.writeUnsigned(VERSION);
        out.writeSigned(state.accountId);
        writeFacts(out, state.facts);
        out.writeSigned(state.firstTransactionDay);
        out.writeSigned(state.lastEventDay);
        writeDays(out, state.days);
        out.writeSigned(state.droppedBalance);
        out.writeSigned(state.droppedIncomeDay);
        out.writeSigned(state.settledThrough);
        out.writeUnsigned(state.settledTransactions);
        out.writeUnsigned(state.settledTransactionsBeforeOpening);
        writeHistory(out, state.settledBalances);
        out.writeUnsigned(state.changedDays.size());
        for (int day : state.changedDays) {
            out.writeSigned(day);
        }
        return out.toByteArray();
    }

    public static AccountState decode(byte[] bytes) {
        CompactInput in = new CompactInput(bytes);
        long version = in.readUnsigned();
        if (version != VERSION) {
            throw new IllegalArgumentException("Unknown account state version " + version);
        }
        long accountId = in.readSigned();
        AccountFacts facts = readFacts(in);
        int firstTransactionDay = in.readSignedInt();
        int lastEventDay = in.readSignedInt();
        ActivityDays days = readDays(in);
        long droppedBalance = in.readSigned();
        int droppedIncomeDay = in.readSignedInt();
        int settledThrough = in.readSignedInt();
        long settledTransactions = in.readUnsigned();
        long settledBeforeOpening = in.readUnsigned();
        BalanceHistory history = readHistory(in);
        int changed = in.readUnsignedInt();
        List<Integer> changedDays = new ArrayList<>(changed);
        for (int i = 0; i < changed; i++) {
            changedDays.add(in.readSignedInt());
        }
        if (!in.exhausted()) {
            throw new IllegalArgumentException("Trailing bytes after account state of account " + accountId);
        }
        AccountState state = new AccountState(accountId, facts, days, history, changedDays);
        state.firstTransactionDay = firstTransactionDay;
        state.lastEventDay = lastEventDay;
        state.droppedBalance = droppedBalance;
        state.droppedIncomeDay = droppedIncomeDay;
        state.settledThrough = settledThrough;
        state.settledTransactions = settledTransactions;
        state.settledTransactionsBeforeOpening = settledBeforeOpening;
        return state;
    }

    private static void writeFacts(CompactOutput out, AccountFacts facts) {
        out.writeBoolean(facts.opening != null);
        if (facts.opening != null) {
            out.writeSigned(facts.opening.day());
            out.writeBoolean(facts.opening.districtId() != null);
            if (facts.opening.districtId() != null) {
                out.writeSigned(facts.opening.districtId());
            }
            out.writeString(facts.opening.statementFrequency().name());
        }
        out.writeUnsigned(facts.links.size());
        for (AccountFacts.ClientLink link : facts.links) {
            out.writeSigned(link.clientId());
            out.writeSigned(link.dispositionId());
            out.writeString(link.role().name());
            out.writeSigned(link.day());
        }
        out.writeUnsigned(facts.cards.size());
        for (AccountFacts.Card card : facts.cards) {
            out.writeSigned(card.cardId());
            out.writeSigned(card.dispositionId());
            out.writeString(card.type().name());
            out.writeSigned(card.day());
        }
        out.writeUnsigned(facts.orders.size());
        for (AccountFacts.StandingOrder order : facts.orders) {
            out.writeSigned(order.orderId());
            out.writeString(order.purpose().name());
            out.writeSigned(order.amount());
            out.writeSigned(order.day());
        }
        out.writeUnsigned(facts.loans.size());
        for (AccountFacts.Loan loan : facts.loans) {
            out.writeSigned(loan.loanId());
            out.writeSigned(loan.day());
            out.writeSigned(loan.amount());
            out.writeSigned(loan.durationMonths());
            out.writeSigned(loan.monthlyPayment());
            out.writeBoolean(loan.snapshotTaken());
        }
    }

    private static AccountFacts readFacts(CompactInput in) {
        AccountFacts facts = new AccountFacts();
        if (in.readBoolean()) {
            int day = in.readSignedInt();
            Integer districtId = in.readBoolean() ? in.readSignedInt() : null;
            facts.opening = new AccountFacts.Opening(day, districtId, StatementFrequency.valueOf(in.readString()));
        }
        int links = in.readUnsignedInt();
        for (int i = 0; i < links; i++) {
            facts.links.add(new AccountFacts.ClientLink(in.readSigned(), in.readSigned(),
                    ClientRole.valueOf(in.readString()), in.readSignedInt()));
        }
        int cards = in.readUnsignedInt();
        for (int i = 0; i < cards; i++) {
            facts.cards.add(new AccountFacts.Card(in.readSigned(), in.readSigned(),
                    CardType.valueOf(in.readString()), in.readSignedInt()));
        }
        int orders = in.readUnsignedInt();
        for (int i = 0; i < orders; i++) {
            facts.orders.add(new AccountFacts.StandingOrder(in.readSigned(), OrderPurpose.valueOf(in.readString()),
                    in.readSigned(), in.readSignedInt()));
        }
        int loans = in.readUnsignedInt();
        for (int i = 0; i < loans; i++) {
            facts.loans.add(new AccountFacts.Loan(in.readSigned(), in.readSignedInt(), in.readSigned(),
                    in.readSignedInt(), in.readSigned(), in.readBoolean()));
        }
        return facts;
    }

    /** Days are ascending, so each is stored as its distance from the previous one. */
    private static void writeDays(CompactOutput out, ActivityDays days) {
        out.writeUnsigned(days.size());
        int previous = 0;
        for (int i = 0; i < days.size(); i++) {
            out.writeSigned(days.day(i) - previous);
            previous = days.day(i);
            out.writeSigned(days.closingBalance(i));
            out.writeUnsigned(days.transactions(i));
            out.writeUnsigned(days.entryEnd(i) - days.entryStart(i));
            for (int entry = days.entryStart(i); entry < days.entryEnd(i); entry++) {
                out.writeUnsigned(days.code(entry));
                out.writeUnsigned(days.count(entry));
                out.writeUnsigned(days.sum(entry));
                out.writeUnsigned(days.max(entry));
            }
        }
    }

    private static ActivityDays readDays(CompactInput in) {
        int size = in.readUnsignedInt();
        ActivityDays days = new ActivityDays(size + 4);
        int previous = 0;
        for (int d = 0; d < size; d++) {
            int day = previous + in.readSignedInt();
            previous = day;
            days.restoreDay(day, in.readSigned(), in.readUnsignedInt());
            int entries = in.readUnsignedInt();
            for (int i = 0; i < entries; i++) {
                days.restoreEntry(in.readUnsignedInt(), in.readUnsignedInt(), in.readUnsigned(), in.readUnsigned());
            }
        }
        return days;
    }

    private static void writeHistory(CompactOutput out, BalanceHistory history) {
        out.writeUnsigned(history.days);
        out.writeDouble(history.mean);
        out.writeDouble(history.squaredDeviations);
        out.writeSigned(history.min);
        out.writeUnsigned(history.negativeDays);
        BalanceSketch sketch = history.sketch;
        out.writeUnsigned(sketch.size());
        for (int i = 0; i < sketch.size(); i++) {
            out.writeDouble(sketch.value(i));
            out.writeUnsigned(sketch.weight(i));
        }
    }

    private static BalanceHistory readHistory(CompactInput in) {
        long days = in.readUnsigned();
        double mean = in.readDouble();
        double squaredDeviations = in.readDouble();
        long min = in.readSigned();
        long negativeDays = in.readUnsigned();
        BalanceSketch sketch = new BalanceSketch();
        int centroids = in.readUnsignedInt();
        for (int i = 0; i < centroids; i++) {
            sketch.restore(in.readDouble(), in.readUnsigned());
        }
        BalanceHistory history = new BalanceHistory(sketch);
        history.days = days;
        history.mean = mean;
        history.squaredDeviations = squaredDeviations;
        history.min = min;
        history.negativeDays = negativeDays;
        return history;
    }
}
