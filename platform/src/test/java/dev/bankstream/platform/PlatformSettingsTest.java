package dev.bankstream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    private static final Path PROJECT = Path.of("/opt/bankstream");

    @Test
    void theBrokersJvmOptionsAreTheEnvironmentsSplitOnWhitespace() {
        PlatformSettings settings = PlatformSettings.from(
                Map.of("BANKSTREAM_PLATFORM_JAVA_OPTS", " -XX:+UseParallelGC   -Xmx1g "), PROJECT);

        assertThat(settings.jvmOptions()).containsExactly("-XX:+UseParallelGC", "-Xmx1g");
    }

    @Test
    void withoutThemTheBrokerRunsOnASmallSerialHeap() {
        PlatformSettings settings = PlatformSettings.from(Map.of(), PROJECT);

        assertThat(settings.jvmOptions()).containsExactly("-XX:+UseSerialGC", "-Xmx512m");
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.runDir()).isEqualTo(PROJECT.resolve("run"));
    }
}
