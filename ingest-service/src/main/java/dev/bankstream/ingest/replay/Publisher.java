package dev.bankstream.ingest.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.NativeLz4;
import dev.bankstream.contract.TopicSpec;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourcePosition;

/**
 * Publishes a replay's records in Kafka transactions: idempotent, acks=all, one transactional id per replay so that
 * a restarted replay fences its predecessor. Each record carries the replay id in a header; its timestamp is the
 * business date.
 */
final class Publisher implements AutoCloseable {

    static final String REPLAY_ID_HEADER = "bankstream.replay-id";

    private final KafkaProducer<byte[], byte[]> producer;
    private final String registryUrl;
    /**
     * The one header of every event, the replay id. Per-record headers cost more than the records themselves: a
     * record is about 53 bytes, and sequence-number and source-line headers added about 70 and cost a quarter of the
     * replay's rate (the broker and the compressor handle every header byte). The source file and line are kept
     * where a user needs them: with each reject. The list is shared by all records: a record wraps an ArrayList of
     * headers as it is, where it would copy any other collection, and the producer only reads it.
     */
    private final ArrayList<Header> eventHeaders;
    private final Map<String, Serializer<Object>> keySerializers = new ConcurrentHashMap<>();
    private final Map<String, Serializer<Object>> valueSerializers = new ConcurrentHashMap<>();

    static {
        NativeLz4.prefer();
    }

    Publisher(Map<String, Object> kafkaConfig, String registryUrl, String replayId) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bankstream-ingest-" + replayId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.registryUrl = registryUrl;
        this.eventHeaders = new ArrayList<>(List.of(new RecordHeader(REPLAY_ID_HEADER, replayId.getBytes(StandardCharsets.UTF_8))));
    }

    /** Fences any earlier producer of this replay and aborts the transaction it left open. */
    void initTransactions() {
        producer.initTransactions();
    }

    void begin() {
        producer.beginTransaction();
    }

    void commit() {
        producer.commitTransaction();
    }

    void abort() {
        producer.abortTransaction();
    }

    /**
     * A source event serialized for its topic. Serializing is most of the CPU cost of publishing and needs nothing
     * of the transaction, so the replay does it on its reading thread, ahead of {@link #send(Encoded, long)}.
     */
    record Encoded(String topic, byte[] key, byte[] value, long timestamp, LocalDate eventDate, SourcePosition position) {

        int size() {
            return key.length + value.length;
        }
    }

    /** Safe to call from another thread than the one sending. */
    Encoded encode(SourceEvent<?, ?> event) {
        return encodeTyped(event);
    }

    private <K, V extends SpecificRecord> Encoded encodeTyped(SourceEvent<K, V> event) {
        String name = event.topic().name();
        return new Encoded(name, keySerializer(event.topic()).serialize(name, event.key()),
                valueSerializer(event.topic()).serialize(name, event.value()), timestamp(event.eventDate()),
                event.eventDate(), event.position());
    }

    /** Sends an encoded event with the replay id header, in the open transaction. */
    void send(Encoded event) {
        producer.send(new ProducerRecord<>(event.topic(), null, event.timestamp(), event.key(), event.value(), eventHeaders));
    }

    /** Sends a record of the replay's own (a reject, a checkpoint), without replay headers. */
    <K, V extends SpecificRecord> void send(TopicSpec<K, V> topic, K key, V value, LocalDate date) {
        String name = topic.name();
        producer.send(new ProducerRecord<>(name, null, timestamp(date), keySerializer(topic).serialize(name, key),
                valueSerializer(topic).serialize(name, value)));
    }

    private static long timestamp(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @SuppressWarnings("unchecked")
    private Serializer<Object> keySerializer(TopicSpec<?, ?> topic) {
        return keySerializers.computeIfAbsent(topic.name(), name -> (Serializer<Object>) topic.keySerde().serializer());
    }

    @SuppressWarnings("unchecked")
    private Serializer<Object> valueSerializer(TopicSpec<?, ?> topic) {
        return valueSerializers.computeIfAbsent(topic.name(), name -> {
            Serializer<?> serializer = AvroSerdes.valueSerde((TopicSpec<?, ? extends SpecificRecord>) topic, registryUrl).serializer();
            return (Serializer<Object>) serializer;
        });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        valueSerializers.values().forEach(Serializer::close);
    }
}
