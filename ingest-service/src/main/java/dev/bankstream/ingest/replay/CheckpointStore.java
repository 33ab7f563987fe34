package dev.bankstream.ingest.replay;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;

import dev.bankstream.contract.TopicReader;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.ReplayCheckpoint;

/**
 * Reads the latest committed checkpoint of a replay from the compacted ingest.checkpoints topic (committed records
 * only: a checkpoint counts with the events committed in its transaction). Values are decoded only for a replay that
 * has a checkpoint: a new replay, the usual case, needs no schema registry client for it.
 */
final class CheckpointStore {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final TopicReader reader;
    private final Supplier<Serde<ReplayCheckpoint>> serde;

    CheckpointStore(String bootstrapServers, Supplier<Serde<ReplayCheckpoint>> serde) {
        this.reader = new TopicReader(bootstrapServers, READ_TIMEOUT);
        this.serde = serde;
    }

    Optional<ReplayCheckpoint> latest(String replayId) {
        String topic = Topics.INGEST_CHECKPOINTS.name();
        Deserializer<String> replayIds = Topics.INGEST_CHECKPOINTS.keySerde().deserializer();
        byte[][] latest = {null};
        reader.forEachRecord(topic, record -> {
            if (replayId.equals(replayIds.deserialize(topic, record.key()))) {
                latest[0] = record.value();
            }
        });
        if (latest[0] == null) {
            return Optional.empty();
        }
        try (Serde<ReplayCheckpoint> checkpoints = serde.get()) {
            return Optional.of(checkpoints.deserializer().deserialize(topic, latest[0]));
        }
    }
}
