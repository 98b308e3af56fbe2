package org.tematik.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tematik.core.source.importer.Annotation;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.util.CodePoints;

class TextAssemblerTest {

    @Test
    void joinsBlocksAndMapsParagraphsAndPagesInCodePoints() {
        ExtractedDocument doc = new ExtractedDocument(List.of(
                Block.heading("Pasal 1 😀", 1),
                Block.paragraph("Kerja sama daerah.", 1),
                Block.paragraph("", 1),
                Block.tableRow(List.of("Kota", "Negara"), 3),
                Block.note("[1] Catatan kaki.", 3)), 4, "test", null, List.of());

        TextAssembler.Assembled a = TextAssembler.assemble(doc);

        assertThat(a.text()).isEqualTo("Pasal 1 😀\nKerja sama daerah.\n\nKota\tNegara\n[1] Catatan kaki.");
        CodePoints cp = new CodePoints(a.text());
        assertThat(a.structure().paragraphs()).extracting(p -> cp.substring(p.start(), p.end()))
                .containsExactly("Pasal 1 😀", "Kerja sama daerah.", "Kota\tNegara", "[1] Catatan kaki.");
        assertThat(a.structure().paragraphs()).extracting(SourceStructure.Paragraph::kind)
                .containsExactly("heading", "paragraph", "table_row", "note");
        assertThat(a.structure().paragraphs()).extracting(SourceStructure.Paragraph::number).containsExactly(1, 2, 3, 4);
        // page 2 has no text: it starts and ends where page 3 starts; page 4 is empty at the end
        List<SourceStructure.Page> pages = a.structure().pages();
        assertThat(pages).hasSize(4);
        assertThat(cp.substring(pages.get(0).start(), pages.get(0).end())).isEqualTo("Pasal 1 😀\nKerja sama daerah.\n\n");
        assertThat(pages.get(1).start()).isEqualTo(pages.get(1).end()).isEqualTo(pages.get(2).start());
        assertThat(cp.substring(pages.get(2).start(), pages.get(2).end())).isEqualTo("Kota\tNegara\n[1] Catatan kaki.");
        assertThat(pages.get(3).start()).isEqualTo(pages.get(3).end()).isEqualTo(cp.length());
    }

    @Test
    void normalisesToNfcAndKeepsAnnotationsOnTheirWords() {
        String decomposed = "Cafe\u0301 dan koordinasi"; // "é" as e + combining acute
        Block block = Block.paragraph(decomposed, 0).withAnnotations(List.of(
                new Annotation(Annotation.COMMENT, decomposed.indexOf("koordinasi"), decomposed.length(), "Ayu", "kode ini?")));
        TextAssembler.Assembled a = TextAssembler.assemble(new ExtractedDocument(List.of(Block.paragraph("😀", 0), block),
                0, "test", null, List.of()));

        assertThat(a.text()).isEqualTo("😀\nCafé dan koordinasi");
        SourceStructure.Annotation note = a.structure().annotations().get(0);
        assertThat(new CodePoints(a.text()).substring(note.start(), note.end())).isEqualTo("koordinasi");
        assertThat(note.author()).isEqualTo("Ayu");
        assertThat(a.structure().pages()).isEmpty();
    }
}
