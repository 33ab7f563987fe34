package dev.bankstream.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.Transaction;

/** A registry that takes the request and never answers must fail the serializer after its tries, not hang it. */
class RegistryClientsTest {

    @Test
    void aRegistryThatNeverAnswersFailsTheSerializerWithinItsTimeouts() throws Exception {
        try (SilentServer registry = new SilentServer()) {
            String url = "http://127.0.0.1:" + registry.port() + "/apis/registry/v3";
            var serializer = new BufferedAvroSerializer<Transaction>(RegistryClients.forUrl(url, Duration.ofMillis(300)));
            serializer.configure(AvroSerdes.config(url), false);
            Transaction transaction = BufferedAvroSerializerTest.transactions(1).get(0);

            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(
                    () -> serializer.serialize("bank.transactions", transaction))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("bank.transactions")
                    .hasMessageContaining(url));
            // One connection per try: the first and one per backoff.
            assertThat(registry.connections()).isEqualTo(RetryingRegistryClient.BACKOFFS.size() + 1);
        }
    }

    @Test
    void readsTimeoutsInTheShortForm() {
        assertThat(RegistryClients.timeout("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(RegistryClients.timeout(" 500ms ")).isEqualTo(Duration.ofMillis(500));
        assertThat(RegistryClients.timeout("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> RegistryClients.timeout("0s")).hasMessageContaining("positive");
    }

    /** Accepts connections, reads nothing, writes nothing. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentServer() throws IOException {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            }, "silent-registry");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }
}
