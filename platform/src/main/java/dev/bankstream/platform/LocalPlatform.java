package dev.bankstream.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import dev.bankstream.contract.TopicAdmin;

/**
 * The local platform: a KRaft broker and a schema registry on loopback, with the contract's topics created.
 *
 * <pre>
 *   start   start in the background and wait until both answer (notices a platform that is already running)
 *   stop    stop a running platform cleanly
 *   status  say what is running and where
 *   run     run in the foreground until Ctrl-C (what start runs in the background)
 * </pre>
 */
public final class LocalPlatform {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final PlatformSettings settings;
    private final PrintStream out;

    LocalPlatform(PlatformSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "status" : args[0];
        Path projectRoot = Path.of(System.getProperty("bankstream.home", ".")).toAbsolutePath().normalize();
        LocalPlatform platform = new LocalPlatform(PlatformSettings.fromEnvironment(projectRoot), System.out);
        int status = switch (command) {
            case "start" -> platform.start();
            case "stop" -> platform.stop();
            case "status" -> platform.status();
            case "run" -> platform.run();
            default -> {
                System.err.println("usage: platform start|stop|status|run");
                yield 2;
            }
        };
        System.exit(status);
    }

    /** Runs broker and registry in this process until it is told to stop. */
    int run() throws Exception {
        long started = System.nanoTime();
        Optional<ProcessHandle> running = runningPlatform();
        if (running.isPresent()) {
            log("Another platform is already running with this run directory (pid " + running.get().pid() + ")");
            return 1;
        }
        List<String> taken = portsInUse();
        if (!taken.isEmpty()) {
            taken.forEach(this::log);
            return 1;
        }
        Files.createDirectories(settings.logDir());
        Files.deleteIfExists(settings.readyFile());
        Files.writeString(settings.pidFile(), String.valueOf(ProcessHandle.current().pid()));
        KafkaBroker.logTo(settings.logDir().resolve("kafka.log"));
        discardPreviousBrokerState();
        KafkaBroker broker = KafkaBroker.start(settings.kafkaDataDir(), settings.kafkaPort(), settings.controllerPort());
        log("Kafka broker ready at " + broker.bootstrapServers());
        SchemaRegistry registry;
        try {
            registry = SchemaRegistry.start(settings.registryHome(), settings.logDir().resolve("registry.log"),
                    settings.registryPort(), settings.registryManagementPort(), START_TIMEOUT);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log("Schema registry ready at " + SchemaRegistry.ccompatUrl(settings.registryPort()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            List<String> created = TopicAdmin.createMissing(admin, (short) 1);
            log(created.isEmpty() ? "All topics exist" : "Created topics " + created);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("Stopping");
            try {
                registry.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            broker.close();
            try {
                Files.deleteIfExists(settings.readyFile());
                Files.deleteIfExists(settings.pidFile());
            } catch (IOException ignored) {
                // Nothing left to clean up if the run directory is gone.
            }
            log("Stopped");
            stopped.countDown();
        }, "platform-shutdown"));
        Files.writeString(settings.readyFile(), "ready in %.1f s%n".formatted((System.nanoTime() - started) / 1e9));
        log("Platform ready in %.1f s".formatted((System.nanoTime() - started) / 1e9));
        stopped.await();
        return 0;
    }

    /** One message per port that something else holds, naming the setting that moves it. */
    List<String> portsInUse() {
        List<String> messages = new ArrayList<>();
        settings.portsBySetting().forEach((setting, port) -> {
            if (!Ports.canBind(port)) {
                messages.add("Port " + port + " on 127.0.0.1 is already in use; set " + setting + " to a free port.");
            }
        });
        return messages;
    }

    /**
     * The registry keeps its schemas in memory, so a restarted platform has forgotten every schema id that the
     * previous run's records carry: those records could never be decoded again. Each run starts with an empty broker,
     * and the services' Kafka Streams state under the run directory ({@code run/<service>/streams-state}), which
     * mirrored that broker's changelogs, goes with it.
     */
    private void discardPreviousBrokerState() throws IOException {
        List<Path> derived = new ArrayList<>(List.of(settings.kafkaDataDir()));
        try (var services = Files.list(settings.runDir())) {
            services.map(dir -> dir.resolve("streams-state")).filter(Files::isDirectory).forEach(derived::add);
        }
        for (Path dir : derived) {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
                log("Discarded " + settings.runDir().relativize(dir) + " from the previous run (its schema ids died with the in-memory registry)");
            }
        }
    }

    /** Starts {@code run} as a detached child process and waits until it says it is ready. */
    int start() throws Exception {
        Optional<ProcessHandle> running = runningPlatform();
        if (running.isPresent()) {
            out.println("The platform is already running (pid " + running.get().pid() + ").");
            return status();
        }
        Files.createDirectories(settings.logDir());
        Files.deleteIfExists(settings.readyFile());
        Path log = settings.logDir().resolve("platform.log");
        long logLinesBefore = Files.exists(log) ? Files.readAllLines(log).size() : 0;
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-Dbankstream.home=" + System.getProperty("bankstream.home", "."),
                "-cp", System.getProperty("java.class.path"),
                LocalPlatform.class.getName(), "run"));
        long begin = System.nanoTime();
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        out.print("Starting Kafka (KRaft) and the schema registry ");
        long deadline = begin + START_TIMEOUT.toNanos();
        while (!Files.exists(settings.readyFile())) {
            if (!child.isAlive()) {
                out.println();
                out.println("The platform failed to start (exit " + child.exitValue() + "). Last lines of " + log + ":");
                tail(log, logLinesBefore, 20).forEach(line -> out.println("  " + line));
                return 1;
            }
            if (System.nanoTime() > deadline) {
                out.println();
                out.println("The platform did not get ready within " + START_TIMEOUT.toSeconds() + " s; see " + log);
                child.destroy();
                return 1;
            }
            out.print('.');
            out.flush();
            Thread.sleep(500);
        }
        out.printf("%nPlatform ready in %.1f s (pid %d)%n", (System.nanoTime() - begin) / 1e9, child.pid());
        return status();
    }

    int stop() throws InterruptedException {
        Optional<ProcessHandle> running = runningPlatform();
        if (running.isEmpty()) {
            out.println("The platform is not running.");
            return 0;
        }
        ProcessHandle process = running.get();
        out.print("Stopping the platform (pid " + process.pid() + ") ");
        process.destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            out.print('.');
            out.flush();
            Thread.sleep(500);
        }
        if (process.isAlive()) {
            out.println(" did not stop in 60 s, killing it.");
            process.destroyForcibly();
        } else {
            out.println(" stopped.");
        }
        return 0;
    }

    int status() {
        Optional<ProcessHandle> running = runningPlatform();
        boolean kafka = Ports.isOpen("127.0.0.1", settings.kafkaPort());
        boolean registry = SchemaRegistry.answers(settings.registryPort());
        out.println("platform  " + running.map(p -> "running, pid " + p.pid()).orElse("not running"));
        out.println("kafka     " + (kafka ? "up  " : "down") + "  bootstrap " + settings.bootstrapServers());
        out.println("registry  " + (registry ? "up  " : "down") + "  " + SchemaRegistry.ccompatUrl(settings.registryPort())
                + "  (Apicurio API " + SchemaRegistry.apicurioUrl(settings.registryPort()) + ")");
        out.println("logs      " + settings.logDir());
        return running.isPresent() && kafka && registry ? 0 : 3;
    }

    private Optional<ProcessHandle> runningPlatform() {
        try {
            long pid = Long.parseLong(Files.readString(settings.pidFile()).trim());
            // The pid file is removed on a clean stop; a live java process under that pid is taken to be ours.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last {@code lines} lines written after line {@code from}. */
    private static List<String> tail(Path file, long from, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return all.subList((int) Math.max(from, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }

    private void log(String message) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), message);
        System.out.flush();
    }
}
