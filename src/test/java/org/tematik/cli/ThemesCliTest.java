package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.util.Json;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.TwoCoders;

/** `themes add|list|status` and `map export` as the issue specifies them, with their exit codes. */
class ThemesCliTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void fixture() throws Exception {
        project = TwoCoders.create(dir);
        CliRun add = CliRun.in(project, "alice", "themes", "add", "Hambatan", "--codes", "Koordinasi,Anggaran",
                "--definition", "What slows cooperation");
        assertThat(add.exit()).as(add.toString()).isZero();
        assertThat(add.out()).contains("Hambatan");
        assertThat(CliRun.in(project, "alice", "themes", "add", "Dana", "--codes", "Anggaran").exit()).isZero();
    }

    @Test
    void listAsJsonGivesNameStatusCodesSegmentsAndSources() {
        CliRun list = CliRun.in(project, "alice", "themes", "list", "--json");
        assertThat(list.exit()).as(list.toString()).isZero();
        JsonNode rows = Json.read(list.out());
        JsonNode hambatan = find(rows, "Hambatan");
        assertThat(hambatan.path("status").asText()).isEqualTo("candidate");
        assertThat(hambatan.path("codes")).extracting(JsonNode::asText).containsExactly("Anggaran", "Koordinasi");
        assertThat(hambatan.path("segments").asInt()).isEqualTo(6); // Koordinasi 4 + Anggaran 2 (TwoCoders)
        assertThat(hambatan.path("sources").asInt()).isEqualTo(1);
        assertThat(find(rows, "Dana").path("segments").asInt()).isEqualTo(2);
        CliRun text = CliRun.in(project, "alice", "themes", "list");
        assertThat(text.out()).contains("Hambatan [candidate]: 6 coded segment(s) from 1 source(s)");
    }

    @Test
    void statusChangesAndBadInputExitsWithOne() {
        CliRun ok = CliRun.in(project, "alice", "themes", "status", "Dana", "reviewed");
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(find(Json.read(CliRun.in(project, "alice", "themes", "list", "--json").out()), "Dana").path("status").asText())
                .isEqualTo("reviewed");
        CliRun badStatus = CliRun.in(project, "alice", "themes", "status", "Dana", "done");
        assertThat(badStatus.exit()).isEqualTo(1);
        assertThat(badStatus.err()).contains("candidate, reviewed or final").doesNotContain("Exception");
        assertThat(CliRun.in(project, "alice", "themes", "status", "Nope", "final").exit()).isEqualTo(1);
        CliRun badCode = CliRun.in(project, "alice", "themes", "add", "X", "--codes", "Nope");
        assertThat(badCode.exit()).isEqualTo(1);
        assertThat(badCode.err()).contains("Nope");
        assertThat(CliRun.in(project, "alice", "themes", "add", "dana").exit()).isEqualTo(1);
        assertThat(CliRun.in(project, "alice", "themes", "status", "Dana").exit()).isEqualTo(2);
        assertThat(CliRun.in(project, "alice", "themes", "add").exit()).isEqualTo(2);
    }

    @Test
    void mapExportWritesSvgAndPngAndRefusesOtherFormats() throws Exception {
        Path svg = dir.resolve("map.svg");
        CliRun run = CliRun.in(project, "alice", "map", "export", "-o", svg.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readString(svg)).contains("<svg").contains(">Hambatan</text>").contains(">Koordinasi</text>");
        Path png = dir.resolve("map.png");
        assertThat(CliRun.in(project, "alice", "map", "export", "-o", png.toString()).exit()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(CliRun.in(project, "alice", "map", "export", "-o", dir.resolve("map.pdf").toString()).exit()).isEqualTo(2);
        assertThat(CliRun.in(project, "alice", "map", "export").exit()).isEqualTo(2);
        CliRun unwritable = CliRun.in(project, "alice", "map", "export", "-o", dir.resolve("no/such/dir/map.png").toString());
        assertThat(unwritable.exit()).isEqualTo(1);
        assertThat(unwritable.err()).doesNotContain("Exception");
    }

    private static JsonNode find(JsonNode rows, String name) {
        for (JsonNode r : rows) {
            if (r.path("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no theme " + name + " in " + rows);
    }
}
