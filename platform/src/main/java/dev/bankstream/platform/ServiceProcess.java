package dev.bankstream.platform;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A packaged service (its Quarkus {@code quarkus-run.jar}) run as a child process the way users run it: configured
 * only through environment variables, on a free HTTP port, with its own temporary state and run directories. Serves
 * long-running services ({@link #awaitReady}) and one-shot commands such as {@code replay} ({@link #awaitExit}).
 */
public final class ServiceProcess implements AutoCloseable {

    /** The launcher's default service JVM options (BANKSTREAM_SERVICE_JAVA_OPTS). */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx512m");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration POLL = Duration.ofMillis(250);

    private final String name;
    private final int port;
    private final Path log;
    private final List<Path> scratch;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, List<Path> scratch, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.scratch = scratch;
        this.process = process;
    }

    /** Describes a run of the jar; nothing starts until {@link Launch#start}. */
    public static Launch of(String name, Path jar) {
        return new Launch(name, jar);
    }

    public static final class Launch {

        private final String name;
        private final Path jar;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(SERVICE_JVM_OPTIONS);
        private final List<String> arguments = new ArrayList<>();

        private Launch(String name, Path jar) {
            this.name = name;
            this.jar = jar;
        }

        /** Points the service at a broker and registry, as README's "existing cluster" section does. */
        public Launch against(String bootstrapServers, String registryUrl) {
            environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            environment.put("QUARKUS_KAFKA_STREAMS_BOOTSTRAP_SERVERS", bootstrapServers);
            environment.put("BANKSTREAM_REGISTRY_URL", registryUrl);
            return this;
        }

        public Launch env(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        /** Replaces {@link #SERVICE_JVM_OPTIONS}. */
        public Launch jvmOptions(String... options) {
            jvmOptions.clear();
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** Command-line arguments after the jar, e.g. {@code replay --data DIR}. */
        public Launch arguments(String... values) {
            arguments.addAll(List.of(values));
            return this;
        }

        /** Starts the process; its output goes to {@code NAME.log} in {@code logDirectory}. */
        public ServiceProcess start(Path logDirectory) throws IOException {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("The packaged " + name + " is missing (" + jar.toAbsolutePath()
                        + "): build it first (./mvnw install -DskipTests), or run the tests with ./mvnw verify from the root");
            }
            int port = Ports.free();
            Path state = Files.createTempDirectory(name + "-streams-state-");
            Path run = Files.createTempDirectory(name + "-run-");
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(name + ".log");

            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("KAFKA_STREAMS_STATE_DIR", state.toString());
            builder.environment().put("BANKSTREAM_RUN_DIR", run.toString());
            builder.environment().putAll(environment);
            return new ServiceProcess(name, port, log, List.of(state, run), builder.start());
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** The last line the process wrote, e.g. a replay's progress; empty before it wrote any. */
    public String lastLogLine() throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> !line.isBlank()).reduce((first, second) -> second).orElse("").strip();
        }
    }

    /** Whether a one-shot command is still running. */
    public boolean isRunning() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public void awaitReady(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; see " + log.toAbsolutePath());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the HTTP server is not up yet
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(name + " not ready within " + patience + "; see " + log.toAbsolutePath());
    }

    /** Waits for a one-shot command to finish and returns its exit status; kills it when it takes too long. */
    public int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(name + " did not finish within " + patience + "; see " + log.toAbsolutePath());
        }
        return process.exitValue();
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Ends the process the way a crash would (SIGKILL): no shutdown hook, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops the process (SIGTERM, then SIGKILL after 20 s) and deletes its state and run directories. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        scratch.forEach(Folders::deleteRecursively);
    }
}
