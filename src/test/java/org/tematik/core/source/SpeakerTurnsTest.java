package org.tematik.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.util.CodePoints;

class SpeakerTurnsTest {

    private static TextAssembler.Assembled assemble(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            blocks.add(line.startsWith("# ") ? Block.heading(line.substring(2), 0) : Block.paragraph(line, 0));
        }
        return TextAssembler.assemble(new ExtractedDocument(blocks, 0, "test", null, List.of()));
    }

    @Test
    void findsRolesCodesAndTimestampsAndRunsTurnsOverFollowingParagraphs() {
        TextAssembler.Assembled a = assemble(
                "Date: 14 March 2024",
                "Pewawancara: Bagaimana koordinasi dengan pusat?",
                "[00:12:33] Narasumber: Sangat lambat.",
                "Kami menunggu empat belas bulan.",
                "# Bagian 2",
                "P1: Anggaran terbatas.",
                "R: Ya.");
        CodePoints cp = new CodePoints(a.text());
        List<SourceStructure.SpeakerTurn> turns = a.structure().turns();

        assertThat(turns).extracting(SourceStructure.SpeakerTurn::speaker).containsExactly("Pewawancara", "Narasumber", "P1", "R");
        assertThat(turns.get(1).timestamp()).isEqualTo("00:12:33");
        assertThat(cp.substring(turns.get(1).start(), turns.get(1).end()))
                .isEqualTo("[00:12:33] Narasumber: Sangat lambat.\nKami menunggu empat belas bulan.");
        assertThat(cp.substring(turns.get(2).start(), turns.get(2).end())).isEqualTo("P1: Anggaran terbatas.");
    }

    @Test
    void anUnknownLabelCountsOnlyWhenItRecurs() {
        assertThat(assemble("Ibu Wali Kota: Kami setuju.", "Article 4: A region may cooperate.", "Ibu Wali Kota: Lanjut.")
                .structure().turns()).extracting(SourceStructure.SpeakerTurn::speaker)
                .containsExactly("Ibu Wali Kota", "Ibu Wali Kota");
    }
}
