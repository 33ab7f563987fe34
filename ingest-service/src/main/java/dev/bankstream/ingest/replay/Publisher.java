package dev.bankstream.ingest.replay;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

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
    private final Map<String, Serializer<Object>> keySerializers = new HashMap<>();
    private final Map<String, Serializer<Object>> valueSerializers = new HashMap<>();

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

    /** @return the serialized size of key and value, in bytes */
    int send(SourceEvent<?, ?> event, long sequence) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REPLAY_ID_HEADER, replayId);
        headers.add(SEQUENCE_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        headers.add(SOURCE_HEADER, event.position().toString().getBytes(StandardCharsets.UTF_8));
        return sendWith(event, headers);
    }

    private <K, V extends SpecificRecord> int sendWith(SourceEvent<K, V> event, RecordHeaders headers) {
        return send(event.topic(), event.key(), event.value(), event.eventDate(), headers);
    }

    <K, V extends SpecificRecord> int send(TopicSpec<K, V> topic, K key, V value, LocalDate date, RecordHeaders headers) {
        String name = topic.name();
        byte[] keyBytes = keySerializer(topic).serialize(name, key);
        byte[] valueBytes = valueSerializer(topic).serialize(name, value);
        long timestamp = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        producer.send(new ProducerRecord<>(name, null, timestamp, keyBytes, valueBytes, headers));
        return keyBytes.length + valueBytes.length;
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
