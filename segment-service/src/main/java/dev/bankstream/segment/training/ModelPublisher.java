package dev.bankstream.segment.training;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.segment.topology.SegmentSerdes;

/** Publishes trained models on the models topic, keyed by model name, and waits until the broker has them. */
@ApplicationScoped
public class ModelPublisher {

    private final KafkaProducer<String, PublishedModel> producer;

    ModelPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, SegmentSerdes serdes) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "segment-service-models"),
                new StringSerializer(), serdes.models().serializer());
    }

    public void publish(PublishedModel model) {
        try {
            producer.send(new ProducerRecord<>(Topics.MODELS.name(), model.getName(), model)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + model.getName(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + model.getName() + " " + model.getVersion()
                    + " on " + Topics.MODELS.name() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
