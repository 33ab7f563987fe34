package dev.bankstream.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a Java runtime of at least a given version: JAVA_HOME first, then this JVM, then /usr/lib/jvm. */
public final class JavaRuntimes {

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private JavaRuntimes() {
    }

    /** The {@code java} executable of a runtime of at least {@code minimumVersion}, or a clear error saying where it looked. */
    public static Path javaExecutable(int minimumVersion) {
        return javaExecutable(minimumVersion, candidates(Path.of("/usr/lib/jvm")));
    }

    /** The first of {@code homes} with a Java of at least {@code minimumVersion}, or an error naming where it looked. */
    static Path javaExecutable(int minimumVersion, List<Path> homes) {
        return homes.stream()
                .filter(home -> version(home).orElse(0) >= minimumVersion)
                .map(home -> home.resolve("bin/java"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The schema registry needs Java " + minimumVersion
                        + " or newer, and none was found (looked at " + homes + "). Install a JDK " + minimumVersion
                        + "+ or point BANKSTREAM_REGISTRY_JAVA_HOME at one."));
    }

    /** BANKSTREAM_REGISTRY_JAVA_HOME, JAVA_HOME, this JVM, then every JDK under {@code installed}, newest first. */
    static List<Path> candidates(Path installed) {
        Stream<Path> explicit = Stream.of(System.getenv("BANKSTREAM_REGISTRY_JAVA_HOME"), System.getenv("JAVA_HOME"),
                        System.getProperty("java.home"))
                .filter(home -> home != null && !home.isBlank())
                .map(Path::of);
        return Stream.concat(explicit, installedUnder(installed).stream()).toList();
    }

    private static List<Path> installedUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(folder)) {
            // Newest first, so the choice is the same on every machine with the same JDKs.
            return homes.filter(Files::isDirectory)
                    .sorted(Comparator.comparing((Path home) -> version(home).orElse(0)).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Optional<Integer> version(Path javaHome) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
