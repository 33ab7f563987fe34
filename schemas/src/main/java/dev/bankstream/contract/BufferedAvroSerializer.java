package dev.bankstream.contract;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.serde.avro.AvroSerializer;
import io.apicurio.registry.serde.kafka.KafkaSerializer;

/**
 * Apicurio's Avro serializer (schema registration and lookup, Confluent framing: magic byte 0 + 4-byte id), with
 * the record body written through a buffered Avro encoder. Apicurio writes the body with Avro's unbuffered
 * encoder, one synchronized stream call per field byte; a profile of a replay showed that as the largest share of
 * publishing. The bytes are the same.
 *
 * <p>The body is written by the serializer Apicurio delegates to without record headers (our mode: the framing is
 * in the payload), so that is the one replaced here.
 */
public final class BufferedAvroSerializer<T extends SpecificRecord> extends KafkaSerializer<Schema, T> {

    public BufferedAvroSerializer() {
        super(new BufferedBody<>());
    }

    private static final class BufferedBody<T> extends AvroSerializer<T> {

        private static final ThreadLocal<BinaryEncoder> ENCODER = new ThreadLocal<>();

        /**
         * The writer of the last schema seen. A serializer writes one value type, and the registry client hands out
         * the same Schema instance every time, so an identity check nearly always hits; a map keyed by Schema hashes
         * the whole schema per record (a profile showed that).
         */
        private volatile SchemaWriter<T> last;

        @Override
        public void serializeData(ParsedSchema<Schema> schema, T data, OutputStream out) throws IOException {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, ENCODER.get());
            ENCODER.set(encoder);
            writer(schema.getParsedSchema()).write(data, encoder);
            encoder.flush();
        }

        /** Generated classes carry their logical-type conversions (dates, decimals) in their own SpecificData. */
        private DatumWriter<T> writer(Schema schema) {
            SchemaWriter<T> cached = last;
            if (cached == null || cached.schema() != schema) {
                SpecificData model = SpecificData.getForSchema(schema);
                useGeneratedEncoders(model, schema);
                cached = new SchemaWriter<>(schema, new SpecificDatumWriter<>(schema, model));
                last = cached;
            }
            return cached.writer();
        }

        /**
         * Generated classes also carry encoders of their own, which write the same bytes as Avro's generic field walk
         * without boxing every double and resolving every union per record (a tenth of the feature-service's stream
         * thread went into writing its nested snapshots). Avro leaves them off by default. They follow the class's
         * own schema, so they are turned on only when that is the schema written.
         */
        private static void useGeneratedEncoders(SpecificData model, Schema schema) {
            Class<?> generated = model.getClass(schema);
            if (generated != null && schema.equals(model.getSchema(generated))) {
                model.setCustomCoders(true);
            }
        }
    }

    private record SchemaWriter<T>(Schema schema, DatumWriter<T> writer) {
    }
}
