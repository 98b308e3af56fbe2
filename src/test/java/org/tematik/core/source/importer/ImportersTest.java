package org.tematik.core.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tematik.core.util.UserException;

/** The content decides which importer reads a file; a name that lies is reported. */
class ImportersTest {
    private final Importers importers = Importers.standard();

    private static ImportRequest request(String name, byte[] bytes) {
        return new ImportRequest(Path.of(name), bytes, null, ImportLimits.DEFAULT);
    }

    @Test
    void sniffsKinds() {
        assertThat(FileKind.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileKind.PDF);
        assertThat(FileKind.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}))
                .isEqualTo(FileKind.DOC);
        assertThat(FileKind.of("PK\u0003\u0004....word/document.xml".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileKind.DOCX);
        assertThat(FileKind.of("PK\u0003\u0004....images/a.png".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileKind.ZIP);
        assertThat(FileKind.of("Koordinasi".getBytes(StandardCharsets.UTF_16LE))).isEqualTo(FileKind.TEXT);
        assertThat(FileKind.of(new byte[] {1, 0, 0, 7, 0, 9, 3, 0})).isEqualTo(FileKind.BINARY);
    }

    @Test
    void aDocxThatIsPlainTextIsReportedAsMislabelled() {
        assertThatThrownBy(() -> importers.choose(request("wawancara.docx", "Pewawancara: halo".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UserException.class)
                .hasMessage("wawancara.docx is named like a Word document (.docx) but is really a plain text file. "
                        + "Rename it with the right extension and import it again.");
    }

    @Test
    void aPdfWithATextNameIsReadAsPdfOnlyWhenTheNameSaysNothing() {
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(importers.choose(request("laporan", pdf)).kind()).isEqualTo(FileKind.PDF);
        assertThatThrownBy(() -> importers.choose(request("laporan.txt", pdf)))
                .hasMessageContaining("laporan.txt is named like a plain text file but is really a PDF document");
        assertThatThrownBy(() -> importers.choose(request("data.xyz", "abc".getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("data.xyz is not a kind of file Tematik can import. Supported: .doc, .docx, .markdown");
    }
}
