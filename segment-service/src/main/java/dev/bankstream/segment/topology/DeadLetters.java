package dev.bankstream.segment.topology;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.bankstream.schemas.DeadLetter;

/** Dead letters of this service: the original bytes, where they came from, and why. */
final class DeadLetters {

    static final String SERVICE = "segment-service";

    private DeadLetters() {
    }

    static DeadLetter of(byte[] key, byte[] value, RecordMetadata source, String reason) {
        return DeadLetter.newBuilder()
                .setService(SERVICE)
                .setSourceTopic(source.topic())
                .setPartition(source.partition())
                .setOffset(source.offset())
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setReason(reason)
                .setFailedAt(Instant.now())
                .build();
    }
}
