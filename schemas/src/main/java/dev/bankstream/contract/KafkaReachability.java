package dev.bankstream.contract;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A service's first act: make sure the Kafka cluster it was pointed at answers, and say clearly when it does not. */
public final class KafkaReachability {

    private KafkaReachability() {
    }

    /**
     * Returns once the cluster at {@code bootstrapServers} answers; otherwise throws with the address it tried and
     * the setting that changes it.
     */
    public static void require(String bootstrapServers, Duration timeout) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw unreachable(bootstrapServers, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(bootstrapServers, timeout);
        }
    }

    private static IllegalStateException unreachable(String bootstrapServers, Duration timeout) {
        return new IllegalStateException("No Kafka broker answered at " + bootstrapServers + " within "
                + timeout.toSeconds() + " s. Start the local platform (./bankstream platform start) or point "
                + "KAFKA_BOOTSTRAP_SERVERS (kafka.bootstrap.servers) at a reachable cluster.");
    }
}
