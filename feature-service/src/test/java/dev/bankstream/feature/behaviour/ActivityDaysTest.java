package dev.bankstream.feature.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ActivityDaysTest {

    /** One day as a plain model keeps it: closing balance, transactions, and count, sum, max per code in arrival order. */
    private static final class ModelDay {
        long closingBalance;
        int transactions;
        final Map<Integer, long[]> flows = new LinkedHashMap<>();
    }

    @Test
    void keepsWhatAPlainModelKeepsThroughOutOfOrderDaysDropsAndCompactions() {
        Random random = new Random(11);
        for (int round = 0; round < 100; round++) {
            ActivityDays days = new ActivityDays(random.nextInt(1, 6));
            TreeMap<Integer, ModelDay> model = new TreeMap<>();
            int latest = random.nextInt(-50, 50);
            for (int step = 0; step < 400; step++) {
                if (random.nextInt(10) == 0 && !model.isEmpty()) {
                    // The oldest days leave, as settling drops what the longest window no longer covers
                    int keepFrom = model.firstKey() + random.nextInt(0, 40);
                    int dropped = model.headMap(keepFrom).size();
                    model.headMap(keepFrom).clear();
                    days.dropFirst(dropped);
                } else {
                    // Mostly the latest day or a new one; now and then a day up to a week back (within the grace)
                    latest += random.nextInt(4) == 0 ? random.nextInt(1, 20) : 0;
                    int day = random.nextInt(6) == 0 ? latest - random.nextInt(0, 8) : latest;
                    if (!model.isEmpty() && day < model.firstKey()) {
                        continue;
                    }
                    int code = random.nextInt(FlowKey.codeCount());
                    long amount = random.nextLong(1, 5_000_000);
                    long balance = random.nextLong(-1_000_000, 90_000_000);
                    days.add(day, code, amount, balance);
                    ModelDay modelDay = model.computeIfAbsent(day, any -> new ModelDay());
                    modelDay.closingBalance = balance;
                    modelDay.transactions++;
                    long[] flow = modelDay.flows.computeIfAbsent(code, any -> new long[3]);
                    flow[0]++;
                    flow[1] += amount;
                    flow[2] = Math.max(flow[2], amount);
                }
                assertSame(days, model, random);
            }
            // And the stored form restores the same days
            AccountState state = new AccountState(1, new AccountFacts(), days, new BalanceHistory(), new ArrayList<>());
            assertSame(AccountStateCodec.decode(AccountStateCodec.encode(state)).days, model, random);
        }
    }

    private static void assertSame(ActivityDays days, TreeMap<Integer, ModelDay> model, Random random) {
        assertThat(days.size()).isEqualTo(model.size());
        List<Integer> dayNumbers = new ArrayList<>(model.keySet());
        for (int i = 0; i < days.size(); i++) {
            ModelDay expected = model.get(dayNumbers.get(i));
            assertThat(days.day(i)).isEqualTo(dayNumbers.get(i));
            assertThat(days.closingBalance(i)).isEqualTo(expected.closingBalance);
            assertThat(days.transactions(i)).isEqualTo(expected.transactions);
            assertThat(days.entryEnd(i) - days.entryStart(i)).isEqualTo(expected.flows.size());
            int entry = days.entryStart(i);
            boolean income = false;
            for (Map.Entry<Integer, long[]> flow : expected.flows.entrySet()) {
                assertThat(new long[] {days.code(entry), days.count(entry), days.sum(entry), days.max(entry)})
                        .containsExactly(flow.getKey(), flow.getValue()[0], flow.getValue()[1], flow.getValue()[2]);
                income |= FlowKey.isIncome(flow.getKey());
                entry++;
            }
            assertThat(days.hasIncome(i)).isEqualTo(income);
        }
        if (!model.isEmpty()) {
            int key = random.nextInt(model.firstKey() - 3, model.lastKey() + 3);
            assertThat(days.firstAfter(key)).isEqualTo(model.headMap(key, true).size());
        }
    }
}
