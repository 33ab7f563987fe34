package dev.bankstream.backtest.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes backtest.json (what the dashboard and the demo read) and backtest.html (what a person reads). */
public final class ReportFiles {

    public static final String JSON = "backtest.json";
    public static final String HTML = "backtest.html";

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {
    }

    public static List<Path> write(BacktestReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        // The HTML first: the dashboard takes the newest JSON as finished, so it is written last.
        Path html = Files.writeString(folder.resolve(HTML), ReportHtml.render(report), StandardCharsets.UTF_8);
        Path json = folder.resolve(JSON);
        MAPPER.writeValue(json.toFile(), report);
        return List.of(json, html);
    }

    public static BacktestReport read(Path json) throws IOException {
        return MAPPER.readValue(json.toFile(), BacktestReport.class);
    }
}
