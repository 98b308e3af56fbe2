package org.tematik.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure.Paragraph;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;

class ParagraphMapsTest {
    @TempDir
    Path tmp;

    @Test
    void paragraphsComeBackAsTheyWereStored() {
        List<Paragraph> paragraphs = List.of(new Paragraph(1, 0, 12, 0, "heading"), new Paragraph(2, 13, 2_000_000_000, 1, "paragraph"),
                new Paragraph(3, 2_000_000_001, 2_000_000_002, 70_000, "table_row"), new Paragraph(7, 5, 5, 2, "note"));
        assertThat(ParagraphMaps.decode(ParagraphMaps.encode(paragraphs))).isEqualTo(paragraphs);
        assertThat(ParagraphMaps.decode(ParagraphMaps.encode(List.of()))).isEmpty();
    }

    /** A project written before schema 15 kept paragraphs as rows; opening it moves them into a map. */
    @Test
    void rowsOfAnOlderVersionAreMovedWhenTheProjectOpens() {
        Path dir = tmp.resolve("p");
        Path file = Files2.write(tmp.resolve("files"), "notes.txt", "Satu.\n\nDua, di halaman yang sama.\n\nTiga.");
        Source s;
        List<Paragraph> stored;
        try (Project p = Project.init(dir, "p", "dewi")) {
            s = p.sources().importFiles(List.of(file), "other", null).get(0).source();
            stored = p.sources().structure(s.id()).paragraphs();
        }
        assertThat(stored).hasSize(3);
        Db.update(dir, "DELETE FROM source_paragraph_maps");
        for (Paragraph q : stored) {
            Db.update(dir, "INSERT INTO source_paragraphs (source_id, number, start_cp, end_cp, page, kind) VALUES (?, ?, ?, ?, ?, ?)",
                    s.id(), q.number(), q.start(), q.end(), q.page(), q.kind());
        }

        try (Project p = Project.open(dir, "dewi")) {
            assertThat(p.sources().structure(s.id()).paragraphs()).isEqualTo(stored);
        }
        assertThat(Db.count(dir, "source_paragraphs")).isZero();
        assertThat(Db.count(dir, "source_paragraph_maps")).isEqualTo(1);
    }
}
