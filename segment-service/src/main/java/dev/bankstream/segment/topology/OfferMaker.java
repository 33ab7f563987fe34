package dev.bankstream.segment.topology;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.segment.recommend.ItemItemRecommender;
import dev.bankstream.segment.recommend.Product;

/**
 * Keeps each account's product holdings and refreshes its offers when they change; a snapshot with the same
 * holdings emits nothing. Holdings that changed while no recommender was published are offered for once one is
 * (checked on wall-clock time, like the assigner's catch-up).
 */
final class OfferMaker implements Processor<Object, Admitted, Object, Object> {

    private final CurrentModels models;
    private final SegmentSettings settings;
    private final SegmentMetrics metrics;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<Long, byte[]> holdings;
    private String offeredWith = "";

    OfferMaker(CurrentModels models, SegmentSettings settings, SegmentMetrics metrics) {
        this.models = models;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.holdings = context.getStateStore(SegmentTopology.HOLDINGS_STORE);
        context.schedule(settings.modelCheckInterval(), PunctuationType.WALL_CLOCK_TIME, now -> offerWaitingAccounts());
    }

    @Override
    public void process(Record<Object, Admitted> record) {
        Admitted snapshot = record.value();
        Set<Product> held = Product.heldBy(snapshot.behaviour());
        byte[] stored = holdings.get(snapshot.accountId());
        HoldingsState before = stored == null ? null : HoldingsState.fromBytes(stored);
        Optional<ItemItemRecommender> recommender = models.now().offersModel();
        boolean sameHoldings = before != null && before.held().equals(held);
        if (sameHoldings && (before.offered() || recommender.isEmpty())) {
            return;
        }
        HoldingsState now = new HoldingsState(held, snapshot.behaviour().getAsOfDate(), recommender.isPresent());
        holdings.put(snapshot.accountId(), now.toBytes());
        if (recommender.isPresent()) {
            offer(snapshot.accountId(), now, recommender.get(), record.timestamp());
        } else {
            metrics.awaitingRecommender();
        }
    }

    private void offer(long accountId, HoldingsState state, ItemItemRecommender recommender, long timestamp) {
        context.forward(new Record<>((Object) accountId,
                (Object) recommender.offer(accountId, state.asOf(), state.held(), settings.offerLimit()), timestamp),
                SegmentTopology.OFFERS_SINK);
        metrics.offer();
    }

    private void offerWaitingAccounts() {
        Optional<ItemItemRecommender> recommender = models.now().offersModel();
        if (recommender.isEmpty() || recommender.get().version().equals(offeredWith)) {
            return;
        }
        try (KeyValueIterator<Long, byte[]> accounts = holdings.all()) {
            while (accounts.hasNext()) {
                KeyValue<Long, byte[]> account = accounts.next();
                HoldingsState state = HoldingsState.fromBytes(account.value);
                if (!state.offered()) {
                    HoldingsState offered = new HoldingsState(state.held(), state.asOf(), true);
                    holdings.put(account.key, offered.toBytes());
                    offer(account.key, offered, recommender.get(),
                            state.asOf().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
                }
            }
        }
        offeredWith = recommender.get().version();
    }
}
