package dev.bankstream.segment.topology;

import java.time.Instant;

import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.bankstream.contract.DeadLetters;
import dev.bankstream.schemas.DeadLetter;

/** Dead letters of this service: the original bytes, where they came from, and why. */
final class SegmentDeadLetters {

    static final String SERVICE = "segment-service";

    private SegmentDeadLetters() {
    }

    static DeadLetter of(byte[] key, byte[] value, RecordMetadata source, String reason) {
        return DeadLetters.of(SERVICE, source.topic(), source.partition(), source.offset(), key, value, reason,
                Instant.now());
    }
}
