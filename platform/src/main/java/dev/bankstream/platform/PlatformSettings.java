package dev.bankstream.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the local platform listens and keeps its state. Every value can be overridden by an environment variable
 * (or a system property of the same name in lower case with dots: BANKSTREAM_KAFKA_PORT = bankstream.kafka.port).
 */
public record PlatformSettings(Path runDir, int kafkaPort, int controllerPort, int registryPort, int registryManagementPort,
        Path registryHome, List<String> jvmOptions) {

    /** The platform JVM's: the broker and the registry's launcher. */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xmx512m";

    public static PlatformSettings fromEnvironment(Path projectRoot) {
        return from(System.getenv(), projectRoot);
    }

    static PlatformSettings from(Map<String, String> env, Path projectRoot) {
        return new PlatformSettings(
                Path.of(value(env, "BANKSTREAM_RUN_DIR", projectRoot.resolve("run").toString())).toAbsolutePath(),
                Integer.parseInt(value(env, "BANKSTREAM_KAFKA_PORT", "9092")),
                Integer.parseInt(value(env, "BANKSTREAM_KAFKA_CONTROLLER_PORT", "9093")),
                Integer.parseInt(value(env, "BANKSTREAM_REGISTRY_PORT", "8081")),
                Integer.parseInt(value(env, "BANKSTREAM_REGISTRY_MANAGEMENT_PORT", "9001")),
                Path.of(value(env, "BANKSTREAM_REGISTRY_HOME",
                        projectRoot.resolve("platform/target/apicurio-registry").toString())).toAbsolutePath(),
                List.of(value(env, "BANKSTREAM_PLATFORM_JAVA_OPTS", DEFAULT_JVM_OPTIONS).trim().split("\\s+")));
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        if (property != null) {
            return property;
        }
        return env.getOrDefault(name, fallback);
    }

    /** Every port the platform listens on, with the environment variable that changes it. */
    public Map<String, Integer> portsBySetting() {
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        ports.put("BANKSTREAM_KAFKA_PORT", kafkaPort);
        ports.put("BANKSTREAM_KAFKA_CONTROLLER_PORT", controllerPort);
        ports.put("BANKSTREAM_REGISTRY_PORT", registryPort);
        ports.put("BANKSTREAM_REGISTRY_MANAGEMENT_PORT", registryManagementPort);
        return ports;
    }

    public Path kafkaDataDir() {
        return runDir.resolve("kafka-data");
    }

    public Path logDir() {
        return runDir.resolve("logs");
    }

    public Path pidFile() {
        return runDir.resolve("platform.pid");
    }

    public Path readyFile() {
        return runDir.resolve("platform.ready");
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }
}
