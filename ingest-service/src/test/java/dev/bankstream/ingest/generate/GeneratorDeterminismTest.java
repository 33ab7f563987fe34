package dev.bankstream.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed decides everything: same options, same bytes; another seed, other data. Real data is never overwritten. */
class GeneratorDeterminismTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedAndOptionsGiveByteIdenticalFolders() throws Exception {
        // Given two runs with the same options into different folders
        BerkaGenerator.generate(GeneratorOptions.defaults(temp.resolve("first")).withScale(0.02).withSeed(5));
        BerkaGenerator.generate(GeneratorOptions.defaults(temp.resolve("second")).withScale(0.02).withSeed(5));

        // When every file is hashed
        Map<String, String> first = hashes(temp.resolve("first"));
        Map<String, String> second = hashes(temp.resolve("second"));

        // Then all ten files are identical
        assertThat(first).hasSize(10).isEqualTo(second);
    }

    @Test
    void anotherSeedGivesOtherData() throws Exception {
        BerkaGenerator.generate(GeneratorOptions.defaults(temp.resolve("five")).withScale(0.02).withSeed(5));
        BerkaGenerator.generate(GeneratorOptions.defaults(temp.resolve("six")).withScale(0.02).withSeed(6));

        Map<String, String> five = hashes(temp.resolve("five"));
        Map<String, String> six = hashes(temp.resolve("six"));

        for (String file : List.of("account.asc", "client.asc", "trans.asc", "district.asc", "ground-truth.csv")) {
            assertThat(five.get(file)).as(file).isNotEqualTo(six.get(file));
        }
    }

    @Test
    void aFolderHoldingUnmarkedBerkaFilesIsNeverOverwritten() throws IOException {
        // Given a folder that looks like real data: Berka files and no GENERATED marker
        Path real = Files.createDirectories(temp.resolve("real"));
        Files.writeString(real.resolve("account.asc"), "\"account_id\";\"district_id\";\"frequency\";\"date\"\r\n");

        // Then generating into it is refused and the file is untouched
        assertThatThrownBy(() -> BerkaGenerator.generate(GeneratorOptions.defaults(real).withScale(0.01)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing to overwrite");
        try (Stream<Path> files = Files.list(real)) {
            assertThat(files).hasSize(1);
        }
    }

    private static Map<String, String> hashes(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                byte[] digest = sha256.digest(Files.readAllBytes(file));
                hashes.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }
}
