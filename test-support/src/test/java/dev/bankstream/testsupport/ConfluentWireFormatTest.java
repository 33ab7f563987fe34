package dev.bankstream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/** Any Confluent-ecosystem client can read our topics: the bytes are Confluent's wire format, the schema is at ccompat. */
@ExtendWith(KafkaPlatformExtension.class)
class ConfluentWireFormatTest {

    static final Transaction DEPOSIT = Transaction.newBuilder()
            .setTransactionId(695247L)
            .setAccountId(2378L)
            .setBookingDate(LocalDate.of(1993, 1, 1))
            .setDirection(TransactionDirection.CREDIT)
            .setKind(TransactionKind.CASH_DEPOSIT)
            .setAmount(new BigDecimal("700.00"))
            .setBalanceAfter(new BigDecimal("700.00"))
            .setSourceCodes("PRIJEM/VKLAD/")
            .build();

    @Test
    void aConfluentStyleReaderDecodesOurRecordsWithTheSchemaFetchedById(TestPlatform platform) throws Exception {
        // Given a transaction produced with the services' Avro serde
        produce(platform, DEPOSIT);

        // When a reader that knows nothing of Apicurio takes the raw bytes
        byte[] bytes = consumeRawValue(platform);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte magic = buffer.get();
        int schemaId = buffer.getInt();
        Schema writerSchema = new Schema.Parser().parse(fetchSchemaById(platform, schemaId));
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(writerSchema)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));

        // Then it is magic byte 0, a 4-byte id the ccompat API resolves, and plain Avro after that
        assertThat(magic).isZero();
        assertThat(writerSchema.getFullName()).isEqualTo(Transaction.class.getName());
        assertThat(decoded.get("accountId")).isEqualTo(2378L);
        assertThat(decoded.get("transactionId")).isEqualTo(695247L);
        assertThat(decoded.get("direction").toString()).isEqualTo("CREDIT");
        assertThat(decoded.get("kind").toString()).isEqualTo("CASH_DEPOSIT");
        assertThat(decoded.get("bookingDate")).isEqualTo((int) LocalDate.of(1993, 1, 1).toEpochDay());
    }

    @Test
    void ourSerdeReadsBackTheSpecificRecord(TestPlatform platform) throws Exception {
        Serde<Transaction> serde = AvroSerdes.valueSerde(Topics.TRANSACTIONS, platform.registryUrl());
        byte[] bytes = serde.serializer().serialize(Topics.TRANSACTIONS.name(), DEPOSIT);

        assertThat(serde.deserializer().deserialize(Topics.TRANSACTIONS.name(), bytes)).isEqualTo(DEPOSIT);
    }

    @Test
    void nestedRecordsAreWrittenExactlyAsTheirSchemaSays(TestPlatform platform) throws Exception {
        // Given a flag with nested reasons, unions and doubles, written by our serde (Avro's generated encoders)
        RiskFlag flag = RiskFlag.newBuilder()
                .setFlagId("f-1").setAccountId(7).setKind("NEGATIVE_BALANCE_DAYS").setSource(FlagSource.RULE)
                .setScore(6.5).setLevel(RiskLevel.HIGH).setPreviousLevel(RiskLevel.LOW)
                .setReasons(List.of(new Reason("A", "balance", 1.25, 0.75, "low"), new Reason("B", "age", null, 0.5, "x")))
                .setModelName("rules").setModelVersion("v1").setEventDate(LocalDate.of(1996, 2, 1))
                .setEmittedAt(Instant.ofEpochMilli(1_700_000_000_123L))
                .build();
        byte[] framed = AvroSerdes.valueSerde(Topics.RISK_FLAGS, platform.registryUrl()).serializer()
                .serialize(Topics.RISK_FLAGS.name(), flag);
        byte[] body = Arrays.copyOfRange(framed, 5, framed.length);

        // When Avro's generic reader decodes the body and its generic writer writes it again
        Schema schema = RiskFlag.getClassSchema();
        GenericRecord generic = new GenericDatumReader<GenericRecord>(schema)
                .read(null, DecoderFactory.get().binaryDecoder(body, null));
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(rewritten, null);
        new GenericDatumWriter<GenericRecord>(schema).write(generic, encoder);
        encoder.flush();

        // Then the bytes are the same, and they read back as the flag
        assertThat(rewritten.toByteArray()).isEqualTo(body);
        assertThat(generic.get("score")).isEqualTo(6.5);
        assertThat(AvroSerdes.valueSerde(Topics.RISK_FLAGS, platform.registryUrl()).deserializer()
                .deserialize(Topics.RISK_FLAGS.name(), framed)).isEqualTo(flag);
    }

    private static void produce(TestPlatform platform, Transaction transaction) throws Exception {
        Serde<Transaction> values = AvroSerdes.valueSerde(Topics.TRANSACTIONS, platform.registryUrl());
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, Topics.TRANSACTIONS.keySerde().serializer(), values.serializer())) {
            producer.send(new ProducerRecord<>(Topics.TRANSACTIONS.name(), null,
                    transaction.getBookingDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(),
                    transaction.getAccountId(), transaction)).get();
        }
    }

    private static byte[] consumeRawValue(TestPlatform platform) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "wire-format-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.TRANSACTIONS.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    return record.value();
                }
            }
        }
        throw new AssertionError("No record arrived on " + Topics.TRANSACTIONS.name() + " within 30 s");
    }

    private static String fetchSchemaById(TestPlatform platform, int id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.ccompatUrl() + "/schemas/ids/" + id)).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /schemas/ids/%d: %s", id, response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("schema").asText();
    }
}
