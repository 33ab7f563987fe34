package dev.bankstream.contract;

import java.nio.ByteBuffer;
import java.time.Instant;

import dev.bankstream.schemas.DeadLetter;

/** Dead letters as every service writes them: the original bytes, where they came from, and why. */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DeadLetter of(String service, String topic, int partition, long offset, byte[] key, byte[] value,
            String reason, Instant failedAt) {
        return DeadLetter.newBuilder()
                .setService(service)
                .setSourceTopic(topic)
                .setPartition(partition)
                .setOffset(offset)
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setReason(reason)
                .setFailedAt(failedAt)
                .build();
    }
}
