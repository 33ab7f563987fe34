package dev.bankstream.scoring.online;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;

import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.ModelPackage;

/** Models as the training job publishes them, and a corrupt one. */
final class PublishedModels {

    private PublishedModels() {
    }

    static PublishedModel of(LoanDefaultModel model, Instant createdAt) {
        return ModelPackage.of(ModelPackage.LOAN_DEFAULT, model, createdAt, "synthetic test loans", Map.of("cv.rocAuc", 0.8))
                .toPublished();
    }

    /** The same record with bytes flipped in the payload but the announced SHA-256 kept: damaged in transit. */
    static PublishedModel corrupted(PublishedModel model) {
        ByteBuffer original = model.getPayload().duplicate();
        byte[] payload = new byte[original.remaining()];
        original.get(payload);
        for (int i = payload.length / 2; i < payload.length / 2 + 16; i++) {
            payload[i] ^= 0x5A;
        }
        return PublishedModel.newBuilder(model)
                .setPayload(ByteBuffer.wrap(payload))
                .build();
    }
}
