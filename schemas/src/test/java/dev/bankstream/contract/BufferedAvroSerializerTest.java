package dev.bankstream.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.LoanGranted;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.schemas.WindowedFlows;
import io.apicurio.registry.resolver.ParsedSchemaImpl;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.config.SerdeConfig;

/**
 * Our serializer against Apicurio's own, both given the same schema ids: the bytes must be the same, record for
 * record, with our writers doing the work after the first record.
 */
class BufferedAvroSerializerTest {

    private static final Random RANDOM = new Random(11);

    @Test
    void writesApicuriosBytesOnEveryTopic() {
        var serializer = configured(new BufferedAvroSerializer<Transaction>(), new FixedIdResolver());
        Serializer<Transaction> apicurio = configured(new AvroKafkaSerializer<>(), new FixedIdResolver());

        // Given records going alternately to two topics (an output and a changelog, say): two artifacts
        List<Transaction> transactions = transactions(500);
        for (int i = 0; i < transactions.size(); i++) {
            String topic = i % 2 == 0 ? "bank.transactions" : "elsewhere";
            assertThat(serializer.serialize(topic, transactions.get(i))).isEqualTo(apicurio.serialize(topic, transactions.get(i)));
        }
        assertThat(serializer.writesOwnBodies()).isTrue();
    }

    @Test
    void nestedDecimalsAndGeneratedEncodersGiveTheSameBytes() {
        var events = configured(new BufferedAvroSerializer<AccountEvent>(), new FixedIdResolver());
        Serializer<AccountEvent> apicurioEvents = configured(new AvroKafkaSerializer<>(), new FixedIdResolver());
        for (int i = 0; i < 50; i++) {
            var loan = new AccountEvent(7L, LocalDate.of(1995, 3, 1),
                    new LoanGranted((long) i, decimal(), 12 * (1 + i % 5), decimal()));
            assertThat(events.serialize("t", loan)).isEqualTo(apicurioEvents.serialize("t", loan));
        }
        assertThat(events.writesOwnBodies()).isTrue();

        var districts = configured(new BufferedAvroSerializer<District>(), new FixedIdResolver());
        Serializer<District> apicurioDistricts = configured(new AvroKafkaSerializer<>(), new FixedIdResolver());
        var district = new District(1, "Hl.m. Praha", "Prague", 1_204_953L, 0, 0, 0, 1, 1, 100.0, 12_541, null, 0.43,
                167, 85_677L, 99_107L);
        assertThat(districts.serialize("t", district)).isEqualTo(apicurioDistricts.serialize("t", district));
        assertThat(districts.serialize("t", district)).isEqualTo(apicurioDistricts.serialize("t", district));
        assertThat(districts.writesOwnBodies()).isTrue();
    }

    @Test
    void decimalsAtTheEdgesAndDecimalsAvroRefuses() throws IOException {
        var transactions = TransactionWriter.forSchema(Transaction.getClassSchema());
        var generic = new DecimalSpecificWriter<Transaction>(Transaction.getClassSchema(), SpecificData.getForClass(Transaction.class));
        assertThat(transactions).isNotNull();
        for (String amount : List.of("0", "0.00", "-0.01", "127.99", "-1.28", "1.28", "5.5", "12", "1E+3",
                "999999999999.99", "-999999999999.99", "32767.00", "-32768.00")) {
            Transaction transaction = transaction(new BigDecimal(amount), new BigDecimal(amount).negate());
            assertThat(body(transactions, transaction)).as(amount).isEqualTo(avroBody(transaction));
            assertThat(body(generic, transaction)).as(amount).isEqualTo(avroBody(transaction));
        }
        for (String refused : List.of("1.234", "1000000000000.00")) {
            Transaction transaction = transaction(new BigDecimal(refused), BigDecimal.ONE);
            assertThatThrownBy(() -> avroBody(transaction)).isInstanceOf(AvroTypeException.class);
            assertThatThrownBy(() -> body(transactions, transaction)).isInstanceOf(AvroTypeException.class);
            assertThatThrownBy(() -> body(generic, transaction)).isInstanceOf(AvroTypeException.class);
        }
    }

    @Test
    void aRecordRefusedHalfWayLeavesNothingForTheNext() {
        var serializer = configured(new BufferedAvroSerializer<Transaction>(), new FixedIdResolver());
        Serializer<Transaction> apicurio = configured(new AvroKafkaSerializer<>(), new FixedIdResolver());
        List<Transaction> good = transactions(2);
        serializer.serialize("t", good.get(0));

        // Given a transaction whose balance Avro refuses, after its ids and codes are already written
        Transaction refused = transaction(BigDecimal.ONE, new BigDecimal("1.234"));
        assertThatThrownBy(() -> serializer.serialize("t", refused)).isInstanceOf(AvroTypeException.class);

        // Then the next record is whole
        assertThat(serializer.serialize("t", good.get(1))).isEqualTo(apicurio.serialize("t", good.get(1)));
        assertThat(serializer.writesOwnBodies()).isTrue();
    }

    @Test
    void transactionWriterFollowsOnlyItsOwnLayout() {
        Schema renamed = new Schema.Parser().parse(Transaction.getClassSchema().toString().replace("\"partnerBank\"", "\"bank\""));
        assertThat(TransactionWriter.forSchema(renamed)).isNull();
        assertThat(TransactionWriter.forSchema(District.getClassSchema())).isNull();
    }

    @Test
    void transactionsAreReadAsAvroReadsThem() throws IOException {
        var reader = TransactionReader.forSchema(Transaction.getClassSchema());
        assertThat(reader).isNotNull();
        var avro = new SpecificDatumReader<Transaction>(Transaction.getClassSchema(), Transaction.getClassSchema(),
                SpecificData.getForClass(Transaction.class));
        List<Transaction> transactions = transactions(500);
        for (String amount : List.of("0", "-0.01", "127.99", "-1.28", "1.28", "32767.00", "-32768.00",
                "999999999999.99", "-999999999999.99")) {
            transactions.add(transaction(new BigDecimal(amount), new BigDecimal(amount).negate()));
        }
        for (Transaction transaction : transactions) {
            byte[] body = avroBody(transaction);
            Transaction ours = read(reader, body);
            Transaction avros = read(avro, body);
            assertThat(ours).isEqualTo(avros);
            assertThat(ours.getAmount()).isEqualTo(avros.getAmount());
            assertThat(ours.getBalanceAfter()).isEqualTo(avros.getBalanceAfter());
        }
    }

    @Test
    void aTransactionWithAnUnknownKindIsRefused() throws IOException {
        // Given the start of a transaction whose kind is symbol 60 (there are fewer)
        var out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        encoder.writeLong(1);
        encoder.writeLong(2);
        encoder.writeInt(9_000);
        encoder.writeEnum(0);
        encoder.writeEnum(60);
        encoder.flush();

        assertThatThrownBy(() -> read(TransactionReader.forSchema(Transaction.getClassSchema()), out.toByteArray()))
                .isInstanceOf(AvroTypeException.class).hasMessageContaining("Enum index 60");
    }

    @Test
    void behaviourSnapshotsGiveAvrosBytes() throws IOException {
        var writer = AccountBehaviourWriter.forSchema(AccountBehaviour.getClassSchema());
        assertThat(writer).as("the writer follows the schema (update it and its fingerprint with the schema)").isNotNull();
        var avro = new SpecificDatumWriter<AccountBehaviour>(AccountBehaviour.getClassSchema(),
                SpecificData.getForClass(AccountBehaviour.class));
        var serializer = configured(new BufferedAvroSerializer<AccountBehaviour>(), new FixedIdResolver());
        Serializer<AccountBehaviour> apicurio = configured(new AvroKafkaSerializer<>(), new FixedIdResolver());
        for (int i = 0; i < 300; i++) {
            AccountBehaviour behaviour = behaviour(i % 2 == 0);
            assertThat(body(writer, behaviour)).isEqualTo(body(avro, behaviour));
            assertThat(serializer.serialize("features.account-behaviour", behaviour))
                    .isEqualTo(apicurio.serialize("features.account-behaviour", behaviour));
        }
        assertThat(serializer.writesOwnBodies()).isTrue();
    }

    @Test
    void accountBehaviourWriterFollowsOnlyItsOwnSchema() {
        Schema renamed = new Schema.Parser().parse(AccountBehaviour.getClassSchema().toString().replace("\"disponents\"", "\"users\""));
        assertThat(AccountBehaviourWriter.forSchema(renamed)).isNull();
        assertThat(AccountBehaviourWriter.forSchema(Transaction.getClassSchema())).isNull();
    }

    private static <T, S extends Serializer<T>> S configured(S serializer, FixedIdResolver resolver) {
        if (serializer instanceof io.apicurio.registry.serde.kafka.KafkaSerializer<?, ?> kafkaSerializer) {
            @SuppressWarnings("unchecked")
            var typed = (io.apicurio.registry.serde.kafka.KafkaSerializer<Schema, Object>) kafkaSerializer;
            typed.setSchemaResolver(resolver);
        }
        Map<String, Object> config = AvroSerdes.config("http://127.0.0.1:1/apis/registry/v3");
        config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, false);
        serializer.configure(config, false);
        return serializer;
    }

    static List<Transaction> transactions(int count) {
        List<Transaction> transactions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            transactions.add(transaction(decimal(), decimal().negate()));
        }
        return transactions;
    }

    private static Transaction transaction(BigDecimal amount, BigDecimal balance) {
        boolean partner = RANDOM.nextBoolean();
        return new Transaction(RANDOM.nextLong(1, 4_000_000), RANDOM.nextLong(1, 12_000),
                LocalDate.of(1993, 1, 1).plusDays(RANDOM.nextInt(2_000)),
                RANDOM.nextBoolean() ? TransactionDirection.CREDIT : TransactionDirection.DEBIT,
                TransactionKind.values()[RANDOM.nextInt(TransactionKind.values().length)], amount, balance,
                partner ? "AB" : null, partner ? String.valueOf(RANDOM.nextInt(99_999_999)) : null, "PRIJEM/VKLAD/");
    }

    private static <T> T read(DatumReader<T> reader, byte[] body) throws IOException {
        return reader.read(null, DecoderFactory.get().binaryDecoder(body, null));
    }

    /** A snapshot with every optional part present ({@code full}) or, at random, absent. */
    private static AccountBehaviour behaviour(boolean full) {
        boolean some = full || RANDOM.nextBoolean();
        List<KindFlows> byKind = new ArrayList<>();
        for (int i = RANDOM.nextInt(4); i > 0; i--) {
            byKind.add(new KindFlows(pick(TransactionKind.values()), pick(TransactionDirection.values()), flows()));
        }
        List<CardHeld> cards = new ArrayList<>();
        for (int i = full ? 2 : RANDOM.nextInt(2); i > 0; i--) {
            cards.add(new CardHeld(pick(CardType.values()), date()));
        }
        List<StandingOrderHeld> orders = new ArrayList<>();
        for (int i = RANDOM.nextInt(3); i > 0; i--) {
            orders.add(new StandingOrderHeld(pick(OrderPurpose.values()), RANDOM.nextDouble() * 10_000));
        }
        return new AccountBehaviour(RANDOM.nextLong(1, 12_000), date(), some ? date() : null, RANDOM.nextInt(2_000),
                RANDOM.nextLong(10_000), RANDOM.nextLong(10), number(), balances(), balances(), balances(), balances(),
                RANDOM.nextInt(400), flows(), flows(), byKind, number(), some ? number() : null, number(),
                some ? number() : null, pick(StatementFrequency.values()), some ? RANDOM.nextInt(18, 90) : null,
                pick(Gender.values()), RANDOM.nextInt(3),
                some ? new DistrictFacts(RANDOM.nextInt(1, 78), number(), number(), number(), number()) : null, cards,
                orders, some ? new LoanFacts(RANDOM.nextLong(1, 8_000), date(), number(), 12 * RANDOM.nextInt(1, 6),
                        number(), RANDOM.nextBoolean() ? number() : null) : null);
    }

    private static BalanceStats balances() {
        return new BalanceStats(number(), number(), number(), number(), RANDOM.nextInt(10_000));
    }

    private static WindowedFlows flows() {
        return new WindowedFlows(flowStats(), flowStats(), flowStats());
    }

    private static FlowStats flowStats() {
        return new FlowStats(RANDOM.nextInt(1_000), number(), number(), number());
    }

    private static double number() {
        return (RANDOM.nextDouble() - 0.3) * Math.pow(10, RANDOM.nextInt(8));
    }

    private static LocalDate date() {
        return LocalDate.of(1993, 1, 1).plusDays(RANDOM.nextInt(2_000));
    }

    private static <E> E pick(E[] values) {
        return values[RANDOM.nextInt(values.length)];
    }

    /** Amounts of every size a decimal(14, 2) field takes, at scales 0 to 2. */
    private static BigDecimal decimal() {
        int scale = RANDOM.nextInt(3);
        long unscaled = RANDOM.nextLong(1, BigDecimal.TEN.pow(12 + scale).longValueExact()) >> RANDOM.nextInt(40);
        return BigDecimal.valueOf(RANDOM.nextBoolean() ? unscaled : -unscaled, scale);
    }

    private static byte[] avroBody(Transaction transaction) throws IOException {
        return body(new SpecificDatumWriter<>(Transaction.getClassSchema(), SpecificData.getForClass(Transaction.class)), transaction);
    }

    private static <T> byte[] body(DatumWriter<T> writer, T datum) throws IOException {
        var out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writer.write(datum, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /** The registry's part: a fixed id per schema, and the registry's own copy of the schema, as a client gets it. */
    private static final class FixedIdResolver implements SchemaResolver<Schema, Object> {

        private SchemaParser<Schema, Object> parser;

        @Override
        public void configure(Map<String, ?> configs, SchemaParser<Schema, Object> schemaParser) {
            this.parser = schemaParser;
        }

        @Override
        public SchemaLookupResult<Schema> resolveSchema(Record<Object> data) {
            Schema schema = ((SpecificRecord) data.payload()).getSchema();
            Schema registryCopy = new Schema.Parser().parse(schema.toString());
            return SchemaLookupResult.<Schema>builder()
                    .parsedSchema(new ParsedSchemaImpl<Schema>().setParsedSchema(registryCopy).setRawSchema(schema.toString().getBytes()))
                    .contentId(0x01020304L + schema.getFullName().length())
                    .globalId(99)
                    .build();
        }

        @Override
        public void setClientFacade(RegistryClientFacade clientFacade) {
        }

        @Override
        public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<Schema, Object> strategy) {
        }

        @Override
        public SchemaParser<Schema, Object> getSchemaParser() {
            return parser;
        }

        @Override
        public SchemaLookupResult<Schema> resolveSchemaByArtifactReference(ArtifactReference reference) {
            throw new UnsupportedOperationException("serializers resolve by record");
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
        }
    }
}
