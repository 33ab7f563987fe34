package dev.bankstream.contract;

import java.util.function.ToLongFunction;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;

/**
 * What a service makes of the bytes of a record keyed by account id: a decoded value about the account its key
 * names, or a refusal with the reason its dead letter will carry. Services read account topics as bytes so that a
 * record they cannot decode is dead-lettered with its bytes inside their own transaction (Kafka Streams'
 * deserialization handlers can only skip or fail); this is the one place that decides what "cannot" means.
 */
public sealed interface AccountRecord<V> {

    /** Why a record was refused; each service's dead-letter reasons start with these. */
    enum Refusal {
        /** The key or the value is not what its topic's contract says (wrong bytes, unknown schema id). */
        UNDECODABLE,
        /** It decodes, but is not a record about the account its key names (no key, no value, another account). */
        INVALID
    }

    record Decoded<V>(long accountId, V value) implements AccountRecord<V> {
    }

    record Refused<V>(Refusal refusal, String detail) implements AccountRecord<V> {

        /** The reason as dead letters carry it: the refusal's name, then what was wrong. */
        public String reason() {
            return refusal.name() + ": " + detail;
        }
    }

    /**
     * @param values decodes the value (Confluent wire format, as the contract says)
     * @param accountOf the account a decoded value is about, which must be the key's
     * @throws RuntimeException when the registry does not answer ({@link RegistryOutage}): dead-lettering good records
     *         because of an outage would lose them, so the caller must fail instead
     */
    static <V> AccountRecord<V> decode(String topic, byte[] key, byte[] value, Deserializer<V> values,
            ToLongFunction<V> accountOf) {
        Long accountId;
        V decoded;
        try (LongDeserializer accountIds = new LongDeserializer()) {
            accountId = accountIds.deserialize(topic, key);
            decoded = value == null ? null : values.deserialize(topic, value);
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            return new Refused<>(Refusal.UNDECODABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (accountId == null || decoded == null) {
            return new Refused<>(Refusal.INVALID, accountId == null ? "no account id key" : "no value");
        }
        long about = accountOf.applyAsLong(decoded);
        if (about != accountId) {
            return new Refused<>(Refusal.INVALID,
                    "key says account " + accountId + " but the record is about account " + about);
        }
        return new Decoded<>(accountId, decoded);
    }
}
