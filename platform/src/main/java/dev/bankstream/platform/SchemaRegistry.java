package dev.bankstream.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Apicurio Registry (in-memory storage) as a child process on loopback, started from the fast-jar that the
 * build unpacks from the Maven registry. It serves the Confluent-compatible API at /apis/ccompat/v7.
 */
public final class SchemaRegistry implements AutoCloseable {

    /** Quarkus fast-jars since 3.x need Java 21. */
    public static final int REQUIRED_JAVA = 21;

    private static final int LOG_TAIL_LINES = 12;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;

    private SchemaRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the registry and returns once its Confluent-compatible API answers. */
    public static SchemaRegistry start(Path registryHome, Path logFile, int port, int managementPort, Duration timeout)
            throws IOException, InterruptedException {
        Path jar = registryHome.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No schema registry at " + jar + ": build the platform module first (./mvnw -pl platform package)");
        }
        Path java = JavaRuntimes.javaExecutable(REQUIRED_JAVA);
        Files.createDirectories(logFile.getParent());
        List<String> command = List.of(java.toString(),
                "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.log.console.format=%d{HH:mm:ss} %-5p [%c{2.}] %s%e%n",
                "-jar", jar.toString());
        Process process = new ProcessBuilder(command)
                .directory(registryHome.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        SchemaRegistry registry = new SchemaRegistry(process, port);
        try {
            registry.awaitReady(timeout, logFile);
        } catch (RuntimeException | InterruptedException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    private void awaitReady(Duration timeout, Path logFile) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!answers(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The schema registry exited with status " + process.exitValue()
                        + logTail(logFile));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The schema registry did not answer on port " + port + " within "
                        + timeout.toSeconds() + " s" + logTail(logFile));
            }
            Thread.sleep(200);
        }
    }

    /** The end of the registry's log, so that a failed start explains itself wherever its message is shown. */
    private static String logTail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return "; the last lines of " + logFile + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "; its log " + logFile + " could not be read: " + e.getMessage();
        }
    }

    /** True when a registry's Confluent-compatible API answers on this loopback port. */
    public static boolean answers(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ccompatUrl(port) + "/subjects"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static String ccompatUrl(int port) {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    public static String apicurioUrl(int port) {
        return "http://127.0.0.1:" + port + "/apis/registry/v3";
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
