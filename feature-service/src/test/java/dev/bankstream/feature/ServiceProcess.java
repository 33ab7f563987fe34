package dev.bankstream.feature;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.bankstream.platform.Ports;
import dev.bankstream.testsupport.TestPlatform;

/** One instance of the packaged feature service, run as users run it, against the test platform. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final int port;
    final Path log;
    private final Process process;

    private ServiceProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(String name, String applicationId, TestPlatform platform) throws IOException {
        String jar = System.getProperty("bankstream.feature.app");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("The packaged service is missing (" + jar + "): run through ./mvnw verify");
        }
        int port = Ports.free();
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + platform.bootstrapServers(),
                "-Dbankstream.registry.url=" + platform.registryUrl(),
                "-Dquarkus.kafka-streams.application-id=" + applicationId,
                "-Dkafka-streams.state.dir=" + Files.createTempDirectory("feature-" + name + "-state-"),
                "-jar", jar));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(port, log, process);
    }

    void awaitReady(Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance on port " + port + " exited; see " + log.toAbsolutePath());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the HTTP server is not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("instance on port " + port + " not ready within " + patience + "; see " + log.toAbsolutePath());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
