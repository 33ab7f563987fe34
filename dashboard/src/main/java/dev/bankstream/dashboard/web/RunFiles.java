package dev.bankstream.dashboard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files the scoring-service writes under the run directory: model cards ({@code models/<version>/*.card.json}) and
 * backtest reports ({@code backtests/**.json}, the newest shown).
 */
@ApplicationScoped
public class RunFiles {

    private final Path models;
    private final Path backtests;

    RunFiles(@ConfigProperty(name = "bankstream.dashboard.models-dir") Path models,
            @ConfigProperty(name = "bankstream.dashboard.backtests-dir") Path backtests) {
        this.models = models;
        this.backtests = backtests;
    }

    public Optional<String> modelCard(String version) {
        Path folder = models.resolve(version);
        return newest(folder, 1, ".card.json");
    }

    public Optional<String> latestBacktest() {
        return newest(backtests, 3, ".json");
    }

    public Path backtestsDir() {
        return backtests;
    }

    private static Optional<String> newest(Path folder, int depth, String suffix) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            Optional<Path> newest = files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .max(Comparator.comparing(RunFiles::modified));
            return newest.isEmpty() ? Optional.empty() : Optional.of(Files.readString(newest.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
