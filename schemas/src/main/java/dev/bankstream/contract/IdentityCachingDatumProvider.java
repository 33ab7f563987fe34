package dev.bankstream.contract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;

import io.apicurio.registry.serde.avro.AvroDatumProvider;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;

/**
 * Apicurio's datum provider, with its writers and readers cached by schema instance. The default provider keys its
 * caches by the schema's parsing-form fingerprint, which it recomputes for every record: that string building was
 * the largest single cost of a replay (a profile showed it above serialization and compression together). The
 * registry client hands out the same Schema instance for an id, and generated classes have one static schema, so
 * an identity lookup finds the same writer or reader for a fraction of the cost.
 */
public final class IdentityCachingDatumProvider<T> implements AvroDatumProvider<T> {

    /** More distinct schema instances than this means instances are not being reused: stop caching them. */
    private static final int MAX_CACHED = 256;

    private final DefaultAvroDatumProvider<T> delegate = new DefaultAvroDatumProvider<>();
    private final Map<WriterKey, DatumWriter<T>> writers = new ConcurrentHashMap<>();
    private final Map<IdentityKey, DatumReader<T>> readers = new ConcurrentHashMap<>();

    private boolean specificReader;

    @Override
    public void configure(AvroSerdeConfig config) {
        delegate.configure(config);
        specificReader = config.useSpecificAvroReader();
    }

    @Override
    public DatumWriter<T> createDatumWriter(T data, Schema schema) {
        WriterKey key = new WriterKey(new IdentityKey(schema), data == null ? null : data.getClass());
        DatumWriter<T> writer = writers.get(key);
        if (writer == null) {
            writer = delegate.createDatumWriter(data, schema);
            if (writers.size() < MAX_CACHED) {
                writers.put(key, writer);
            }
        }
        return writer;
    }

    @Override
    public DatumReader<T> createDatumReader(Schema schema) {
        IdentityKey key = new IdentityKey(schema);
        DatumReader<T> reader = readers.get(key);
        if (reader == null) {
            reader = fastReader(schema);
            if (readers.size() < MAX_CACHED) {
                readers.put(key, reader);
            }
        }
        return reader;
    }

    /**
     * Transactions written with the generated class's own schema, when generated classes are wanted, are read field by
     * field ({@link TransactionReader}).
     */
    @SuppressWarnings("unchecked")
    private DatumReader<T> fastReader(Schema writerSchema) {
        TransactionReader transactions = specificReader ? TransactionReader.forSchema(writerSchema) : null;
        return transactions != null ? (DatumReader<T>) transactions : delegate.createDatumReader(writerSchema);
    }

    @Override
    public Schema toSchema(T data) {
        return delegate.toSchema(data);
    }

    private record WriterKey(IdentityKey schema, Class<?> type) {
    }

    /** Equal only to a key of the very same schema instance. */
    private record IdentityKey(Schema schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey key && key.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }
}
