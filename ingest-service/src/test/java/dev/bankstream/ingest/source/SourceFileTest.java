package dev.bankstream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    private static final List<String> HEADER = List.of("id", "name");

    @TempDir
    Path folder;

    private final RecordedRejects rejects = new RecordedRejects();
    private final FileTally tally = new FileTally();

    @Test
    void crlfAndLfFilesReadTheSame() throws IOException {
        // Given the same table written with CRLF and with LF line ends
        Path crlf = write("crlf.asc", "\"id\";\"name\"\r\n1;\"a\"\r\n2;\"b\"\r\n");
        Path lf = write("lf.asc", "\"id\";\"name\"\n1;\"a\"\n2;\"b\"\n");

        // When both are read
        // Then they give the same values and line numbers
        assertThat(read(crlf)).containsExactly("2:1=a", "3:2=b");
        assertThat(read(lf)).containsExactly("2:1=a", "3:2=b");
        assertThat(rejects.all()).isEmpty();
    }

    @Test
    void headerMayBeQuotedOrBareAndStartWithAByteOrderMark() throws IOException {
        Path bare = write("bare.csv", "id;name\n1;a\n");
        Path bom = write("bom.csv", "\uFEFFid;name\n1;a\n");

        assertThat(read(bare)).containsExactly("2:1=a");
        assertThat(read(bom)).containsExactly("2:1=a");
    }

    @Test
    void wrongFieldCountAndBlankLinesAreRejectedAndTheRestGoesThrough() throws IOException {
        // Given a file with a line of three fields and a blank line between good lines
        Path file = write("t.asc", "id;name\r\n1;a\r\n2;b;extra\r\n\r\n3;c\r\n");

        // When it is read
        List<String> good = read(file);

        // Then the good lines come through and both bad ones are rejected with file, line number and raw line
        assertThat(good).containsExactly("2:1=a", "5:3=c");
        assertThat(rejects.all()).containsExactly(
                new RecordedRejects.Rejected(new SourcePosition("t.asc", 3), "2;b;extra", "expected 2 fields, found 3"),
                new RecordedRejects.Rejected(new SourcePosition("t.asc", 4), "", "blank line"));
        assertThat(tally.snapshot()).isEqualTo(new FileCounts(4, 2, 2, 0, 0));
    }

    @Test
    void aMissingFileIsAHardErrorNamingIt() {
        Path missing = folder.resolve("account.asc");

        assertThatThrownBy(() -> SourceFile.open(missing, ';', HEADER, rejects, tally))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage(missing + ": file is missing");
    }

    @Test
    void aWrongHeaderIsAHardErrorNamingTheFileAndBothHeaders() throws IOException {
        Path file = write("t.asc", "id;nom\n1;a\n");

        assertThatThrownBy(() -> SourceFile.open(file, ';', HEADER, rejects, tally))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage(file + ": unexpected header 'id;nom', expected id;name");
    }

    @Test
    void anEmptyFileIsAHardError() throws IOException {
        Path file = write("t.asc", "");

        assertThatThrownBy(() -> SourceFile.open(file, ';', HEADER, rejects, tally))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("file is empty");
    }

    private List<String> read(Path path) {
        var values = new ArrayList<String>();
        try (SourceFile file = SourceFile.open(path, ';', HEADER, rejects, tally)) {
            file.forEachLine(f -> values.add(f.lineNumber() + ":" + f.line().text(0) + "=" + f.line().text(1)));
        }
        return values;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
