package dev.bankstream.scoring.online;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.contract.RegistryOutage;
import dev.bankstream.schemas.PublishedModel;

/**
 * Reads the {@code models} topic on every instance (a global store) and offers each published model to
 * {@link ActiveModels}. The store is in memory, so each start reads the compacted topic from the beginning and ends
 * with the latest model that loads, before any snapshot is scored. Accepted models are kept in the store by name;
 * a record that cannot be decoded is refused like a corrupt model.
 */
final class ModelFeed implements Processor<byte[], byte[], Void, Void> {

    private final Deserializer<PublishedModel> models;
    private final ActiveModels activeModels;
    private KeyValueStore<String, byte[]> accepted;
    private ProcessorContext<Void, Void> context;

    ModelFeed(Deserializer<PublishedModel> models, ActiveModels activeModels) {
        this.models = models;
        this.activeModels = activeModels;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.accepted = context.getStateStore(ScoringTopology.MODELS_STORE);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        if (record.value() == null) {
            // A deleted model name leaves the model in service alone: scoring with nothing would be worse.
            return;
        }
        RecordMetadata source = context.recordMetadata().orElseThrow();
        PublishedModel published;
        try {
            published = models.deserialize(source.topic(), record.value());
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            activeModels.refuse("(undecodable record at " + source.topic() + "-" + source.partition() + "@"
                    + source.offset() + ")", e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (activeModels.offer(published) == ActiveModels.Outcome.ACTIVATED) {
            accepted.put(published.getName(), record.value());
        }
    }
}
