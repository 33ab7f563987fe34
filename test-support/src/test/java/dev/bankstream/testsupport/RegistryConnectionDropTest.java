package dev.bankstream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.Transaction;

/**
 * A connection to the registry that closes under a request (the registry restarting, an idle connection closed just
 * as it was used) costs the serdes a second try, not the record.
 */
@ExtendWith(KafkaPlatformExtension.class)
class RegistryConnectionDropTest {

    @Test
    void aRequestWhoseConnectionClosesIsTriedAgain(TestPlatform platform) throws Exception {
        URI registry = URI.create(platform.registryUrl());
        try (DroppingProxy proxy = new DroppingProxy(registry.getPort(), 1)) {
            String throughProxy = registry.getScheme() + "://127.0.0.1:" + proxy.port() + registry.getPath();
            Serde<Transaction> serde = AvroSerdes.valueSerde(Topics.TRANSACTIONS, throughProxy);

            // The first request (the schema's registration) loses its connection; the second goes through
            byte[] bytes = serde.serializer().serialize(Topics.TRANSACTIONS.name(), ConfluentWireFormatTest.DEPOSIT);

            assertThat(serde.deserializer().deserialize(Topics.TRANSACTIONS.name(), bytes)).isEqualTo(ConfluentWireFormatTest.DEPOSIT);
            assertThat(proxy.dropped()).isEqualTo(1);
            assertThat(proxy.forwarded()).isPositive();
        }
    }

    /** Forwards connections to the registry, except the first few, which it closes once their request has begun. */
    private static final class DroppingProxy implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final AtomicInteger toDrop;
        private final AtomicInteger dropped = new AtomicInteger();
        private final AtomicInteger forwarded = new AtomicInteger();

        DroppingProxy(int registryPort, int drops) throws IOException {
            this.toDrop = new AtomicInteger(drops);
            daemon("registry-proxy", () -> {
                while (!socket.isClosed()) {
                    Socket client = socket.accept();
                    open.add(client);
                    if (toDrop.getAndDecrement() > 0) {
                        client.getInputStream().read();
                        client.close();
                        dropped.incrementAndGet();
                    } else {
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), registryPort);
                        open.add(upstream);
                        forwarded.incrementAndGet();
                        daemon("registry-proxy-up", () -> client.getInputStream().transferTo(upstream.getOutputStream()));
                        daemon("registry-proxy-down", () -> upstream.getInputStream().transferTo(client.getOutputStream()));
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        int dropped() {
            return dropped.get();
        }

        int forwarded() {
            return forwarded.get();
        }

        private interface Work {
            void run() throws IOException;
        }

        private static void daemon(String name, Work work) {
            Thread thread = new Thread(() -> {
                try {
                    work.run();
                } catch (IOException closed) {
                    // The test closed the proxy, or one side of a connection went away.
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : open) {
                connection.close();
            }
        }
    }
}
