package dev.bankstream.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Small helpers for loopback ports. */
public final class Ports {

    /** Above the fixed ports of the platform, the services and the benchmarks (8081 ... 19093). */
    private static final int LOWEST = 20_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /**
     * A loopback port that is free now and not handed out before by this JVM, for a broker, registry or service
     * that binds it later. It lies below the kernel's ephemeral range: a port from that range (what binding port 0
     * gives) can be taken, in the seconds before a child process binds it, as the local end of any outgoing
     * connection, including one to itself.
     */
    public static synchronized int free() {
        int start = ephemeralRangeStart();
        int below = start > LOWEST + 1_000 ? start : 65_536; // a kernel whose ephemeral range is everything
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && canBind(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("No free loopback port between " + LOWEST + " and " + below);
    }

    private static int ephemeralRangeStart() {
        try { // Files.readString stops short on procfs, whose files report no size
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default; elsewhere (no /proc) the usual ranges start higher still
        }
    }

    /** True when this process could listen on the loopback port now (nothing else holds it). */
    public static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void awaitOpen(String host, int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isOpen(host, port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Nothing answers on " + host + ":" + port + " after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }
}
