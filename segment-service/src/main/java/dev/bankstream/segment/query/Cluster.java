package dev.bankstream.segment.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

import dev.bankstream.segment.topology.SegmentTopology;

/**
 * The instances of this service that share the Streams application, as Kafka Streams knows them: each advertises
 * its HTTP host and port as {@code application.server}. Accounts are split between them by partition; a question
 * about one account goes to its owner, a view of all accounts asks every instance for its part.
 */
@ApplicationScoped
public class Cluster {

    /** Marks a question as already routed: answer it from local state. */
    public static final String INSTANCE_SCOPE = "instance";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Cluster(KafkaStreams streams, StreamsConfig config) {
        this.streams = streams;
        this.self = HostInfo.buildFromEndpoint(config.getString(StreamsConfig.APPLICATION_SERVER_CONFIG));
    }

    /** The instance whose active task holds the account, or empty while the group rebalances. */
    public Optional<HostInfo> ownerOf(long accountId) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(SegmentTopology.LATEST_BEHAVIOUR_STORE, accountId,
                new LongSerializer());
        return metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE
                ? Optional.empty()
                : Optional.of(metadata.activeHost());
    }

    public boolean isSelf(HostInfo instance) {
        return self.equals(instance);
    }

    /** Every instance that holds accounts, this one included when it does. */
    public List<HostInfo> instances() {
        return streams.streamsMetadataForStore(SegmentTopology.LATEST_BEHAVIOUR_STORE).stream()
                .map(StreamsMetadata::hostInfo)
                .toList();
    }

    /** The others, each asked for its part of a view of all accounts. */
    public List<HostInfo> others() {
        return instances().stream().filter(instance -> !isSelf(instance)).toList();
    }

    /**
     * Whether this instance does what one instance should do for all: the one with the lowest host and port among
     * those holding accounts.
     */
    public boolean leads() {
        return instances().stream()
                .min(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                .map(this::isSelf)
                .orElse(false);
    }

    public HttpResponse<String> getText(HostInfo instance, String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(instance, pathAndQuery), HttpResponse.BodyHandlers.ofString());
    }

    /** A body the caller must have: anything but 200 is an error naming the instance. */
    public byte[] getBytes(HostInfo instance, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(instance, pathAndQuery), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("instance " + instance + " answered " + response.statusCode() + " to " + pathAndQuery
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static HttpRequest request(HostInfo instance, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://" + instance.host() + ":" + instance.port() + pathAndQuery))
                .timeout(TIMEOUT).GET().build();
    }
}
