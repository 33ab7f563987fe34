package dev.bankstream.system;

import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.WindowedFlows;

/** The same figures read from the service's answers: its REST JSON, or an AccountBehaviour record from a topic. */
final class ServiceFigures {

    private static final String[] WINDOW_FIELDS = {"days30", "days90", "days365"};

    private ServiceFigures() {
    }

    static AccountFigures of(JsonNode behaviour) {
        SortedMap<String, AccountFigures.Flow> flows = new TreeMap<>();
        for (int w = 0; w < WINDOW_FIELDS.length; w++) {
            int window = AccountFigures.WINDOWS[w];
            put(flows, AccountFigures.totalKey("credits", window), behaviour.get("credits").get(WINDOW_FIELDS[w]));
            put(flows, AccountFigures.totalKey("debits", window), behaviour.get("debits").get(WINDOW_FIELDS[w]));
            for (JsonNode kind : behaviour.get("byKind")) {
                put(flows, AccountFigures.kindKey(kind.get("kind").asText(), kind.get("direction").asText(), window),
                        kind.get("flows").get(WINDOW_FIELDS[w]));
            }
        }
        return new AccountFigures(behaviour.get("transactionCount").asLong(), cents(behaviour.get("balance").asDouble()), flows);
    }

    static AccountFigures of(AccountBehaviour behaviour) {
        SortedMap<String, AccountFigures.Flow> flows = new TreeMap<>();
        for (int w = 0; w < WINDOW_FIELDS.length; w++) {
            int window = AccountFigures.WINDOWS[w];
            put(flows, AccountFigures.totalKey("credits", window), window(behaviour.getCredits(), w));
            put(flows, AccountFigures.totalKey("debits", window), window(behaviour.getDebits(), w));
            for (KindFlows kind : behaviour.getByKind()) {
                put(flows, AccountFigures.kindKey(kind.getKind().name(), kind.getDirection().name(), window),
                        window(kind.getFlows(), w));
            }
        }
        return new AccountFigures(behaviour.getTransactionCount(), cents(behaviour.getBalance()), flows);
    }

    private static FlowStats window(WindowedFlows flows, int index) {
        return switch (index) {
            case 0 -> flows.getDays30();
            case 1 -> flows.getDays90();
            default -> flows.getDays365();
        };
    }

    private static void put(SortedMap<String, AccountFigures.Flow> flows, String key, JsonNode stats) {
        put(flows, key, stats.get("count").asInt(), stats.get("sum").asDouble(), stats.get("max").asDouble());
    }

    private static void put(SortedMap<String, AccountFigures.Flow> flows, String key, FlowStats stats) {
        put(flows, key, stats.getCount(), stats.getSum(), stats.getMax());
    }

    /** Windows without a transaction are left out, as the file's side has nothing to say about them. */
    private static void put(SortedMap<String, AccountFigures.Flow> flows, String key, int count, double sum, double max) {
        if (count > 0) {
            flows.put(key, new AccountFigures.Flow(count, cents(sum), cents(max)));
        }
    }

    /** The service keeps whole cents and reports crowns as doubles, so rounding recovers its cents exactly. */
    private static long cents(double crowns) {
        return Math.round(crowns * 100);
    }
}
