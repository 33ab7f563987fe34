package dev.bankstream.feature.topology;

import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.Topics;
import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionKind;

class BadInputTest {

    private static final long ACCOUNT = 401;
    private static final byte[] KEY = new LongSerializer().serialize(Topics.TRANSACTIONS.name(), ACCOUNT);

    @Test
    void anUndecodableRecordGoesToTheDeadLettersWithItsBytesAndTheStreamGoesOn() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            // Given an opened account
            harness.send(opened(ACCOUNT, 0, 1));
            byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);

            // When a record of broken bytes arrives, followed by a good one
            harness.rawTransactions.pipeInput(KEY, garbage, TopologyHarness.midnight(0));
            harness.send(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "100", "100"));

            // Then the broken record is a dead letter carrying its source, position, bytes and reason
            DeadLetter deadLetter = harness.deadLetters.readValue();
            assertThat(deadLetter.getService()).isEqualTo("feature-service");
            assertThat(deadLetter.getSourceTopic()).isEqualTo(Topics.TRANSACTIONS.name());
            assertThat(deadLetter.getPartition()).isZero();
            assertThat(deadLetter.getOffset()).isZero();
            assertThat(bytes(deadLetter.getKey())).isEqualTo(KEY);
            assertThat(bytes(deadLetter.getValue())).isEqualTo(garbage);
            assertThat(deadLetter.getReason()).startsWith("UNDECODABLE: IllegalStateException: Unknown magic byte");
            assertThat(harness.counter("bankstream.feature.dead.letters", "topic", Topics.TRANSACTIONS.name(),
                    "reason", "UNDECODABLE")).isEqualTo(1.0);
            // And the good record behind it was applied
            harness.advanceTo(1);
            AccountBehaviour day0 = harness.emittedFor(ACCOUNT).get(0).value();
            assertThat(day0.getTransactionCount()).isEqualTo(1);
        }
    }

    @Test
    void truncatedAvroAndAnUnknownSchemaIdAreUndecodableToo() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            byte[] good = TopologyHarness.serdes().transactions().serializer()
                    .serialize(Topics.TRANSACTIONS.name(), credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "100", "100"));
            byte[] truncated = Arrays.copyOf(good, good.length - 12);
            byte[] unknownSchema = {0, 0x7F, 0, 0, 1, 2, 4, 6};

            harness.rawTransactions.pipeInput(KEY, truncated, TopologyHarness.midnight(0));
            harness.rawTransactions.pipeInput(KEY, unknownSchema, TopologyHarness.midnight(0));

            assertThat(harness.deadLetters.readValuesToList()).extracting(DeadLetter::getReason)
                    .allSatisfy(reason -> assertThat(reason).startsWith("UNDECODABLE"))
                    .hasSize(2);
        }
    }

    @Test
    void aKeyThatIsNotAnAccountIdIsUndecodable() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            Transaction transaction = credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "100", "100");
            byte[] value = TopologyHarness.serdes().transactions().serializer().serialize(Topics.TRANSACTIONS.name(), transaction);

            harness.rawTransactions.pipeInput(new byte[] {1, 2, 3}, value, TopologyHarness.midnight(0));

            assertThat(harness.deadLetters.readValue().getReason())
                    .startsWith("UNDECODABLE: SerializationException: Size of data received by LongDeserializer is not 8");
        }
    }

    @Test
    void aRecordWhoseKeyAndAccountDisagreeOrThatHasNoValueIsInvalid() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            harness.transactions.pipeInput(ACCOUNT + 1, credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "1", "1"),
                    TopologyHarness.midnight(0));
            harness.rawTransactions.pipeInput(KEY, null, TopologyHarness.midnight(0));

            assertThat(harness.deadLetters.readValuesToList()).extracting(DeadLetter::getReason).containsExactly(
                    "INVALID: key says account 402 but the record is about account 401",
                    "INVALID: no value");
            assertThat(harness.counter("bankstream.feature.dead.letters", "reason", "INVALID")).isEqualTo(2.0);
            assertThat(harness.accounts().get(ACCOUNT)).isNull();
        }
    }

    @Test
    void aBrokenReferenceRecordIsSkippedAndCountedAndTheTableGoesOn() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            // Given a broken district record followed by a good one
            harness.rawDistricts.pipeInput(new byte[] {0, 0, 0, 7}, "broken".getBytes(StandardCharsets.UTF_8));
            harness.districts.pipeInput(8, Fixtures.district(8, 10000, 50_000, 1_000));

            // When an account of district 8 is described
            harness.send(opened(ACCOUNT, 0, 8));
            harness.advanceTo(1);

            // Then the good district is joined and the broken one was counted
            assertThat(harness.emittedFor(ACCOUNT).get(0).value().getDistrict().getCrimesPer1000()).isEqualTo(20.0);
            assertThat(harness.counter("bankstream.feature.reference.rejects", "topic", Topics.DISTRICTS.name()))
                    .isEqualTo(1.0);
        }
    }

    @Test
    void anUnreachableRegistryStopsTheStreamInsteadOfLosingGoodRecords() {
        // Given a well-formed record, and a topology whose registry is down
        byte[] good = TopologyHarness.serdes().transactions().serializer()
                .serialize(Topics.TRANSACTIONS.name(), credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "100", "100"));
        FeatureSerdes unreachable = FeatureSerdes.forRegistry("http://127.0.0.1:1/apis/registry/v3");
        try (TopologyHarness harness = new TopologyHarness(0, unreachable)) {

            // Then processing it fails (to be retried after a restart) and it is not dead-lettered
            assertThatThrownBy(() -> harness.rawTransactions.pipeInput(KEY, good, TopologyHarness.midnight(0)))
                    .isInstanceOf(StreamsException.class)
                    .rootCause().hasMessageContaining("Connection refused");
            assertThat(harness.counter("bankstream.feature.dead.letters", "reason", "UNDECODABLE")).isZero();
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
