package dev.bankstream.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.AccountRecord.Decoded;
import dev.bankstream.contract.AccountRecord.Refusal;
import dev.bankstream.contract.AccountRecord.Refused;

class AccountRecordTest {

    private static final String TOPIC = "bank.transactions";
    /** A value of "account:amount" text stands in for an Avro record: the rules are about keys and accounts. */
    private static final Deserializer<String> TEXT = (topic, bytes) -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.contains(":")) {
            throw new SerializationException("not an account record: " + text);
        }
        return text;
    };

    @Test
    void aRecordAboutTheAccountItsKeyNamesIsDecoded() {
        AccountRecord<String> record = decode(key(42), "42:100");

        assertThat(record).isEqualTo(new Decoded<>(42, "42:100"));
    }

    @Test
    void bytesTheContractCannotReadAreUndecodable() {
        assertThat(refusal(decode(new byte[] {1, 2, 3}, "42:100"))).isEqualTo(Refusal.UNDECODABLE);
        assertThat(decode(key(42), "garbage")).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo("UNDECODABLE: SerializationException: not an account record: garbage"));
    }

    @Test
    void aMissingKeyOrValueOrAnotherAccountIsInvalid() {
        assertThat(decode(null, "42:100")).isEqualTo(new Refused<>(Refusal.INVALID, "no account id key"));
        assertThat(decode(key(42), null)).isEqualTo(new Refused<>(Refusal.INVALID, "no value"));
        assertThat(decode(key(42), "7:100"))
                .isEqualTo(new Refused<>(Refusal.INVALID, "key says account 42 but the record is about account 7"));
    }

    @Test
    void aRegistryThatDoesNotAnswerFailsTheCallerInsteadOfRefusingTheRecord() {
        Deserializer<String> unreachable = (topic, bytes) -> {
            throw new SerializationException("schema lookup failed", new ConnectException("Connection refused"));
        };

        assertThatThrownBy(() -> AccountRecord.decode(TOPIC, key(42), "42:100".getBytes(StandardCharsets.UTF_8),
                unreachable, AccountRecordTest::accountOf)).isInstanceOf(SerializationException.class);
    }

    private static AccountRecord<String> decode(byte[] key, String value) {
        return AccountRecord.decode(TOPIC, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8), TEXT,
                AccountRecordTest::accountOf);
    }

    private static long accountOf(String value) {
        return Long.parseLong(value.substring(0, value.indexOf(':')));
    }

    private static byte[] key(long accountId) {
        try (LongSerializer serializer = new LongSerializer()) {
            return serializer.serialize(TOPIC, accountId);
        }
    }

    private static Refusal refusal(AccountRecord<?> record) {
        return ((Refused<?>) record).refusal();
    }
}
