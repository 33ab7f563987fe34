package dev.bankstream.ingest.replay;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicSpec;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourcePosition;

/**
 * Publishes a replay's records in Kafka transactions: idempotent, acks=all, one transactional id per replay so that
 * a restarted replay fences its predecessor. Each record carries the replay id, its sequence number and its source
 * line in headers; its timestamp is the business date.
 */
final class Publisher implements AutoCloseable {

    static final String REPLAY_ID_HEADER = "bankstream.replay-id";
    static final String SEQUENCE_HEADER = "bankstream.replay-seq";
    static final String SOURCE_HEADER = "bankstream.source";

    private final KafkaProducer<byte[], byte[]> producer;
    private final String registryUrl;
    private final byte[] replayId;
    private final Map<String, Serializer<Object>> keySerializers = new ConcurrentHashMap<>();
    private final Map<String, Serializer<Object>> valueSerializers = new ConcurrentHashMap<>();

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
        this.replayId = replayId.getBytes(StandardCharsets.UTF_8);
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
    record Encoded(String topic, byte[] key, byte[] value, long timestamp, LocalDate eventDate, SourcePosition position,
            byte[] source) {

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
                event.eventDate(), event.position(), event.position().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Sends an encoded event with its replay headers, in the open transaction. */
    void send(Encoded event, long sequence) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REPLAY_ID_HEADER, replayId);
        headers.add(SEQUENCE_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        headers.add(SOURCE_HEADER, event.source());
        producer.send(new ProducerRecord<>(event.topic(), null, event.timestamp(), event.key(), event.value(), headers));
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
