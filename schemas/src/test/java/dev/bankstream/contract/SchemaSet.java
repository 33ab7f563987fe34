package dev.bankstream.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.AvroRuntimeException;

/** All .avsc files of one folder, parsed together so that files may refer to types defined in others. */
final class SchemaSet {

    private final Map<String, Schema> byFullName = new HashMap<>();

    private SchemaSet() {
    }

    static SchemaSet read(Path folder) {
        return read(folder, null);
    }

    /** The schemas of {@code folder}, where a file of the same name in {@code overrides} takes the place of the original. */
    static SchemaSet read(Path folder, Path overrides) {
        Deque<Path> pending = new ArrayDeque<>(avscFiles(folder).stream()
                .map(file -> overrides != null && Files.exists(overrides.resolve(file.getFileName()))
                        ? overrides.resolve(file.getFileName())
                        : file)
                .toList());
        // A file that names a type defined in a later file fails: put it back and try it after the others.
        // A failed parse can leave half-defined names behind, so every attempt starts from a fresh parser.
        List<Path> parsed = new ArrayList<>();
        int failuresInARow = 0;
        while (!pending.isEmpty()) {
            Path file = pending.poll();
            try {
                parseAll(parsed, file);
                parsed.add(file);
                failuresInARow = 0;
            } catch (AvroRuntimeException e) {
                pending.add(file);
                if (++failuresInARow > pending.size()) {
                    throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
                }
            }
        }
        SchemaSet set = new SchemaSet();
        set.byFullName.putAll(parseAll(parsed.subList(0, parsed.size() - 1), parsed.get(parsed.size() - 1)));
        return set;
    }

    private static List<Path> avscFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Schema> parseAll(List<Path> files, Path last) {
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> schemas = new HashMap<>();
        try {
            for (Path file : files) {
                Schema schema = parser.parse(file.toFile());
                schemas.put(schema.getFullName(), schema);
            }
            Schema schema = parser.parse(last.toFile());
            schemas.put(schema.getFullName(), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    /** Problems that keep {@code current} from reading data written with each schema of {@code released}. */
    static List<String> backwardIncompatibilities(SchemaSet released, SchemaSet current) {
        return released.byFullName.values().stream()
                .map(old -> {
                    Schema now = current.byFullName.get(old.getFullName());
                    if (now == null) {
                        return old.getFullName() + ": removed";
                    }
                    var result = SchemaCompatibility.checkReaderWriterCompatibility(now, old).getResult();
                    return result.getCompatibility() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE
                            ? null
                            : old.getFullName() + ": " + result.getIncompatibilities();
                })
                .filter(problem -> problem != null)
                .sorted()
                .toList();
    }

    int size() {
        return byFullName.size();
    }
}
