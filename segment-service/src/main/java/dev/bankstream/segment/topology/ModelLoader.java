package dev.bankstream.segment.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

import dev.bankstream.contract.RegistryOutage;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.PublishedModel;

/**
 * Reads the models topic on every instance (a global store) and hands each record to {@link CurrentModels}. The
 * store mirrors the topic, latest record per model name. Kafka Streams fills a global store before it initialises
 * this processor (by replaying the topic through another instance of it, or by copying the bytes), so {@link #init}
 * takes every stored model into service: a restarted instance assigns with the models it had.
 */
final class ModelLoader implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = Logger.getLogger(ModelLoader.class);

    private final Deserializer<PublishedModel> publishedModels;
    private final CurrentModels models;
    private final SegmentMetrics metrics;
    private KeyValueStore<String, byte[]> store;

    ModelLoader(SegmentSerdes serdes, CurrentModels models, SegmentMetrics metrics) {
        this.publishedModels = serdes.models().deserializer();
        this.models = models;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(SegmentTopology.MODELS_STORE);
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> model = all.next();
                load(model.key, model.value);
            }
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            LOG.warn("Ignored a record of the models topic without a model name");
            return;
        }
        if (record.value() == null) {
            // A deleted model name: the model in service stays until another version is published.
            store.delete(record.key());
            return;
        }
        store.put(record.key(), record.value());
        load(record.key(), record.value());
    }

    private void load(String name, byte[] value) {
        PublishedModel published;
        try {
            published = publishedModels.deserialize(Topics.MODELS.name(), value);
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            LOG.errorf("Refused model %s: its record cannot be decoded (%s)", name, e.getMessage());
            metrics.modelRefused(name);
            return;
        }
        models.offer(published);
    }
}
