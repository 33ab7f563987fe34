package dev.bankstream.contract;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.serde.avro.AvroSerializer;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.apicurio.registry.serde.kafka.KafkaSerializer;

/**
 * Apicurio's Avro serializer (schema registration and lookup, Confluent framing: magic byte 0 + 4-byte id) made
 * cheap enough for a replay's hot loop, writing the same bytes.
 *
 * <p>Apicurio resolves the schema and allocates a 512-byte stream for every record, and writes the body with Avro's
 * unbuffered encoder, one stream call per byte. Here the first record of a schema on a topic goes Apicurio's way,
 * with Avro's own writer, which registers or looks up the schema; its framing (everything before the body) is kept.
 * Later records of that schema on that topic get the same framing and a body written by our faster writers
 * ({@link TransactionWriter}, {@link AccountBehaviourWriter}, {@link DecimalSpecificWriter}) with a buffered encoder
 * into a per-thread buffer. The first record checks the shortcut: if our body is not exactly the tail Apicurio
 * wrote, it is never taken.
 */
public final class BufferedAvroSerializer<T extends SpecificRecord> extends KafkaSerializer<Schema, T> {

    private static final System.Logger LOG = System.getLogger(BufferedAvroSerializer.class.getName());
    private static final ThreadLocal<RecordBuffer> BUFFER = ThreadLocal.withInitial(RecordBuffer::new);

    /** More topics than this for one serializer means topic names are made up per record: stop remembering them. */
    private static final int MAX_TOPICS = 64;

    /** The framing per topic, for the schema last written there. */
    private final Map<String, Framing<T>> framings = new ConcurrentHashMap<>();
    private volatile boolean shortcutRefused;
    private String registryUrl;

    public BufferedAvroSerializer() {
        super(new BufferedBody<>());
    }

    /** With a registry client of our own ({@link RegistryClients}) instead of the one Apicurio builds from the config. */
    BufferedAvroSerializer(RegistryClientFacade registry) {
        super(new BufferedBody<>(registry));
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return serialize(topic, null, data);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        super.configure(configs, isKey);
        registryUrl = String.valueOf(configs.get(SerdeConfig.REGISTRY_URL));
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        if (data == null || shortcutRefused || (headersHandler != null && headers != null)) {
            return resolveAndSerialize(topic, headers, data);
        }
        Framing<T> framing = framings.get(topic);
        if (framing == null || framing.schema() != data.getSchema()) {
            byte[] framed = resolveAndSerialize(topic, headers, data);
            remember(topic, data, framed);
            return framed;
        }
        return framing.write(data);
    }

    /** Apicurio's way, which asks the registry for the schema's id; its failures say which registry and topic. */
    private byte[] resolveAndSerialize(String topic, Headers headers, T data) {
        try {
            return super.serialize(topic, headers, data);
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SerializationException("Could not write " + data.getSchema().getFullName() + " to " + topic
                    + ": the schema registry at " + registryUrl + " did not give its schema an id", e);
        }
    }

    /** True once records are written our way, and while no schema has refused it. */
    boolean writesOwnBodies() {
        return !framings.isEmpty() && !shortcutRefused;
    }

    private void remember(String topic, T data, byte[] framed) {
        DatumWriter<T> writer = fastWriter(data.getSchema());
        byte[] ownBody = new RecordBuffer().write(new byte[0], writer, data);
        int prefixLength = framed.length - ownBody.length;
        if (prefixLength < 1 || !Arrays.equals(framed, prefixLength, framed.length, ownBody, 0, ownBody.length)) {
            shortcutRefused = true;
            LOG.log(System.Logger.Level.WARNING, "Records of {0} on {1} are written Apicurio''s way: its body differs from ours",
                    data.getSchema().getFullName(), topic);
            return;
        }
        if (framings.size() < MAX_TOPICS || framings.containsKey(topic)) {
            framings.put(topic, new Framing<>(data.getSchema(), Arrays.copyOf(framed, prefixLength), writer));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> DatumWriter<T> fastWriter(Schema schema) {
        TransactionWriter transactions = TransactionWriter.forSchema(schema);
        if (transactions != null) {
            return (DatumWriter<T>) transactions;
        }
        AccountBehaviourWriter behaviours = AccountBehaviourWriter.forSchema(schema);
        return behaviours != null ? (DatumWriter<T>) behaviours : new DecimalSpecificWriter<>(schema, avroModel(schema));
    }

    /**
     * Generated classes carry their logical-type conversions (dates, decimals) in their own SpecificData, and also
     * encoders of their own, which write the same bytes as Avro's generic field walk without boxing every double
     * and resolving every union per record (a tenth of the feature-service's stream thread went into writing its
     * nested snapshots). Avro leaves them off by default. They follow the class's own schema, so they are turned on
     * only when that is the schema written.
     */
    private static SpecificData avroModel(Schema schema) {
        SpecificData model = SpecificData.getForSchema(schema);
        Class<?> generated = model.getClass(schema);
        if (generated != null && schema.equals(model.getSchema(generated))) {
            model.setCustomCoders(true);
        }
        return model;
    }

    private record Framing<T>(Schema schema, byte[] prefix, DatumWriter<T> writer) {

        byte[] write(T data) {
            return BUFFER.get().write(prefix, writer, data);
        }
    }

    /** A reusable, unsynchronized byte buffer with a buffered Avro encoder bound to it. */
    private static final class RecordBuffer extends OutputStream {

        private byte[] bytes = new byte[1024];
        private int size;
        private final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(this, null);

        <T> byte[] write(byte[] prefix, DatumWriter<T> writer, T data) {
            size = 0;
            write(prefix, 0, prefix.length);
            try {
                writer.write(data, encoder);
                encoder.flush();
            } catch (IOException | RuntimeException e) {
                discardPartialRecord();
                throw e instanceof RuntimeException runtime ? runtime
                        : new SerializationException("Could not write " + data.getClass().getSimpleName(), e);
            }
            return Arrays.copyOf(bytes, size);
        }

        /** A record that failed half-way leaves bytes in the encoder, which the next record must not start with. */
        private void discardPartialRecord() {
            try {
                encoder.flush();
            } catch (IOException e) {
                // Flushing into this buffer cannot fail; the bytes are dropped either way.
            }
            size = 0;
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            ensure(length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** The body as Apicurio asks for it: Avro's own writer, with a buffered encoder. */
    private static final class BufferedBody<T> extends AvroSerializer<T> {

        private static final ThreadLocal<BinaryEncoder> ENCODER = new ThreadLocal<>();

        /**
         * The writer of the last schema seen. The registry client hands out the same Schema instance every time, so
         * an identity check nearly always hits; a map keyed by Schema hashes the whole schema per record.
         */
        private volatile SchemaWriter<T> last;

        BufferedBody() {
        }

        BufferedBody(RegistryClientFacade registry) {
            super(registry);
        }

        @Override
        public void serializeData(ParsedSchema<Schema> schema, T data, OutputStream out) throws IOException {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, ENCODER.get());
            ENCODER.set(encoder);
            writerOf(schema.getParsedSchema()).write(data, encoder);
            encoder.flush();
        }

        private DatumWriter<T> writerOf(Schema schema) {
            SchemaWriter<T> cached = last;
            if (cached == null || cached.schema() != schema) {
                cached = new SchemaWriter<>(schema, new SpecificDatumWriter<>(schema, avroModel(schema)));
                last = cached;
            }
            return cached.writer();
        }
    }

    private record SchemaWriter<T>(Schema schema, DatumWriter<T> writer) {
    }
}
