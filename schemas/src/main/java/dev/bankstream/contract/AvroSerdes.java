package dev.bankstream.contract;

import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;

/**
 * Avro value serdes backed by the schema registry, in Confluent's wire format (magic byte 0 + 4-byte schema id,
 * the Apicurio serde's default), so that any Confluent-compatible client can read our topics.
 */
public final class AvroSerdes {

    private AvroSerdes() {
    }

    /** Serde configuration for a registry at {@code registryUrl} (its Apicurio v3 API, e.g. http://127.0.0.1:8081/apis/registry/v3). */
    public static Map<String, Object> config(String registryUrl) {
        Map<String, Object> config = new HashMap<>();
        config.put(SerdeConfig.REGISTRY_URL, registryUrl);
        config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, true);
        config.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        // Register each value schema whole, nested types inlined, rather than as a web of references:
        // a reader in any language then decodes with the one schema it fetches by id.
        config.put(SchemaResolverConfig.DEREFERENCE_SCHEMA, true);
        config.put(AvroSerdeConfig.AVRO_DATUM_PROVIDER, IdentityCachingDatumProvider.class.getName());
        return config;
    }

    public static <V extends SpecificRecord> Serde<V> valueSerde(TopicSpec<?, V> topic, String registryUrl) {
        Map<String, Object> config = config(registryUrl);
        BufferedAvroSerializer<V> serializer = new BufferedAvroSerializer<>(RegistryClients.forUrl(registryUrl));
        serializer.configure(config, false);
        AvroKafkaDeserializer<V> deserializer = new AvroKafkaDeserializer<>(RegistryClients.forUrl(registryUrl));
        deserializer.configure(config, false);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
