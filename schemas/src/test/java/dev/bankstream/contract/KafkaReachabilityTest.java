package dev.bankstream.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class KafkaReachabilityTest {

    @Test
    void anAddressWhereNoBrokerListensIsNamedWithTheSettingThatChangesIt() throws IOException {
        // Given a loopback port where nothing listens
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String address = "127.0.0.1:" + port;

        // Then asking for the cluster there fails quickly, naming the address and the setting
        assertThatThrownBy(() -> KafkaReachability.require(address, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(address)
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }
}
