package dev.bankstream.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The figures of one account as of one day that the test compares between the file and the service: the
 * transaction count and balance since the first transaction, and count, sum and largest amount of every flow with at
 * least one transaction in a window ("credits 30d", "debits 365d", "CASH_WITHDRAWAL DEBIT 90d", ...). Amounts in cents.
 */
record AccountFigures(long transactions, long balanceCents, SortedMap<String, Flow> flows) {

    /** The windows the service keeps, in days. */
    static final int[] WINDOWS = {30, 90, 365};

    record Flow(int count, long sumCents, long maxCents) {

        Flow plus(long amountCents) {
            return new Flow(count + 1, sumCents + amountCents, Math.max(maxCents, amountCents));
        }
    }

    /** What differs from {@code actual}, one item per figure: "name: file X, service Y". */
    List<String> differencesFrom(AccountFigures actual) {
        List<String> differences = new ArrayList<>();
        if (transactions != actual.transactions) {
            differences.add("transactions: file " + transactions + ", service " + actual.transactions);
        }
        if (balanceCents != actual.balanceCents) {
            differences.add("balance (cents): file " + balanceCents + ", service " + actual.balanceCents);
        }
        TreeSet<String> names = new TreeSet<>(flows.keySet());
        names.addAll(actual.flows.keySet());
        for (String name : names) {
            if (!Objects.equals(flows.get(name), actual.flows.get(name))) {
                differences.add(name + ": file " + flows.get(name) + ", service " + actual.flows.get(name));
            }
        }
        return differences;
    }

    static String totalKey(String creditsOrDebits, int window) {
        return creditsOrDebits + " " + window + "d";
    }

    static String kindKey(String kind, String direction, int window) {
        return kind + " " + direction + " " + window + "d";
    }
}
