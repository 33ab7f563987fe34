package dev.bankstream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the machine is not as the platform needs it. */
class PlatformBadInputTest {

    @TempDir
    Path work;

    @Test
    void aPortAlreadyInUseIsNamedWithTheSettingThatChangesIt() throws IOException {
        // Given something else listening where the broker wants to
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();
            PlatformSettings settings = PlatformSettings.from(
                    Map.of("BANKSTREAM_KAFKA_PORT", String.valueOf(port), "BANKSTREAM_RUN_DIR", work.toString(),
                            "BANKSTREAM_KAFKA_CONTROLLER_PORT", String.valueOf(Ports.free()),
                            "BANKSTREAM_REGISTRY_PORT", String.valueOf(Ports.free()),
                            "BANKSTREAM_REGISTRY_MANAGEMENT_PORT", String.valueOf(Ports.free())),
                    work);

            // Then the platform names that port and BANKSTREAM_KAFKA_PORT, and nothing else
            List<String> messages = new LocalPlatform(settings, new PrintStream(new ByteArrayOutputStream())).portsInUse();
            assertThat(messages).singleElement().asString()
                    .contains("Port " + port)
                    .contains("BANKSTREAM_KAFKA_PORT");
        }
    }

    @Test
    void withoutJava21TheRegistrySaysWhatItNeedsAndWhereItLooked() throws IOException {
        // Given only a Java 17 installation
        Path jdk17 = fakeJdk("jdk-17", 17);

        // Then asking for Java 21 fails with a message saying so, and where it looked
        assertThatThrownBy(() -> JavaRuntimes.javaExecutable(21, List.of(jdk17)))
                .hasMessageContaining("needs Java 21 or newer")
                .hasMessageContaining(jdk17.toString())
                .hasMessageContaining("BANKSTREAM_REGISTRY_JAVA_HOME");
    }

    @Test
    void theFirstJdkNewEnoughIsChosen() throws IOException {
        Path jdk17 = fakeJdk("jdk-17", 17);
        Path jdk25 = fakeJdk("jdk-25", 25);

        assertThat(JavaRuntimes.javaExecutable(21, List.of(jdk17, jdk25))).isEqualTo(jdk25.resolve("bin/java"));
    }

    @Test
    void installedJdksAreOfferedNewestFirst() throws IOException {
        Path jvms = Files.createDirectories(work.resolve("jvm"));
        Path older = fakeJdkIn(jvms, "a-jdk-21", 21);
        Path newer = fakeJdkIn(jvms, "b-jdk-25", 25);

        List<Path> candidates = JavaRuntimes.candidates(jvms);

        assertThat(candidates.indexOf(newer)).isLessThan(candidates.indexOf(older));
    }

    @Test
    void aRegistryThatCannotStartShowsTheEndOfItsLog() throws IOException {
        // Given a registry installation whose jar is broken
        Path home = Files.createDirectories(work.resolve("registry"));
        Files.writeString(home.resolve("quarkus-run.jar"), "not a jar");

        // Then its start fails with what the registry's JVM said, not only where its log is
        assertThatThrownBy(() -> SchemaRegistry.start(home, work.resolve("registry.log"), Ports.free(), Ports.free(),
                Duration.ofSeconds(30)))
                .hasMessageContaining("exited with status 1")
                .hasMessageContaining("Invalid or corrupt jarfile");
    }

    @Test
    void portsForChildProcessesAreDistinctAndBelowTheEphemeralRange() throws IOException {
        int ephemeralFrom = Integer.parseInt(
                Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);

        List<Integer> ports = IntStream.range(0, 200).mapToObj(i -> Ports.free()).toList();

        assertThat(ports).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isLessThan(ephemeralFrom));
    }

    private Path fakeJdk(String name, int version) throws IOException {
        return fakeJdkIn(work, name, version);
    }

    private static Path fakeJdkIn(Path parent, String name, int version) throws IOException {
        Path home = Files.createDirectories(parent.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + ".0.1\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
