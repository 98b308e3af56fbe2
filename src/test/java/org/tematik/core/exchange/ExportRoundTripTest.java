package org.tematik.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.util.CodePoints;

class ExportRoundTripTest {
    @TempDir
    Path tmp;

    private static void validate(byte[] xml, String schema) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var xsd = factory.newSchema(ExportRoundTripTest.class.getResource("/org/tematik/core/exchange/" + schema));
        xsd.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static byte[] entry(Path zip, String name) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    private Path richProject(String name, int sources, int codings) {
        Path dir = tmp.resolve(name);
        try (Project p = Project.init(dir, "Kota kembar", "alice")) {
            ExchangeFixtures.rich(p, sources, codings, 7);
            // a code and a coding made through the ordinary services too
            var code = p.codebook().add("Ambiguitas hukum", null, "Aturan yang tidak jelas", null);
            var source = p.sources().list().get(0);
            p.codings().code(source.id(), code.id(), 0, 5, "in-vivo ✔");
        }
        return dir;
    }

    @Test
    void exportValidatesAgainstTheRefiQdaSchemas() throws Exception {
        Path dir = richProject("a", 6, 30);
        try (Project p = Project.open(dir, "alice")) {
            var summary = p.exchange().exportQdpx(tmp.resolve("a.qdpx"));
            p.exchange().exportQdc(tmp.resolve("a.qdc"));
            assertThat(summary.sources()).isEqualTo(6);
            assertThat(summary.codes()).isEqualTo(8);
            assertThat(summary.cases()).isEqualTo(2);
        }
        validate(entry(tmp.resolve("a.qdpx"), "project.qde"), "Project.xsd");
        validate(Files.readAllBytes(tmp.resolve("a.qdc")), "Codebook.xsd");
        String qde = new String(entry(tmp.resolve("a.qdpx"), "project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).contains("<Users>", "<CodeBook>", "<Variables>", "<Cases>", "<Notes>", "typeOfVariable=\"Float\"",
                "<FloatValue>2015</FloatValue>", "<DateValue>2016-05-12</DateValue>", "Inclusion criteria: Termasuk");
    }

    @Test
    void positionsAreCodePointsOfThePlainTextFile() throws Exception {
        Path dir = richProject("a", 2, 0);
        String text;
        java.util.UUID sourceId;
        try (Project p = Project.open(dir, "alice")) {
            var source = p.sources().list().stream().filter(s -> s.name().equals("Wawancara 1")).findFirst().orElseThrow();
            sourceId = source.id();
            text = p.sources().text(source.id());
            var code = p.codebook().resolve("Prosedur birokrasi");
            int[] span = org.tematik.testsupport.BaseProject.span(text, "التعاون مع المدينة");
            p.codings().code(source.id(), code.id(), span[0], span[1], null);
            p.exchange().exportQdpx(tmp.resolve("a.qdpx"));
        }
        String plain = new String(entry(tmp.resolve("a.qdpx"), "sources/" + sourceId + ".txt"), StandardCharsets.UTF_8);
        assertThat(plain).isEqualTo(text);
        var read = QdeReader.read(tmp.resolve("a.qdpx"));
        var sel = read.project().sources().stream().filter(s -> s.guid().equals(sourceId)).findFirst().orElseThrow()
                .selections().stream().filter(s -> s.start() > 5).findFirst().orElseThrow();
        // the Arabic passage sits after an emoji (two UTF-16 units, one code point)
        assertThat(text.indexOf("التعاون")).isGreaterThan(sel.start());
        assertThat(new CodePoints(plain).substring(sel.start(), sel.end())).isEqualTo("التعاون مع المدينة");
    }

    @Test
    void exportImportExportKeepsCodingsTextsCodebookMemosAndCases() throws Exception {
        Path dir = richProject("a", 12, 40);
        List<String> first;
        try (Project p = Project.open(dir, "alice")) {
            p.exchange().exportQdpx(tmp.resolve("first.qdpx"));
            first = Canonical.of(ProjectSnapshot.read(jdbiOf(p), p.name()));
        }
        ExchangeReport report = ExchangeService.importProject(tmp.resolve("first.qdpx"), tmp.resolve("b"), "carol");
        assertThat(report.losses()).isEmpty();
        assertThat(report.notes()).isEmpty();
        try (Project b = Project.open(tmp.resolve("b"), "carol")) {
            assertThat(b.name()).isEqualTo("Kota kembar");
            assertThat(b.sources().list()).allSatisfy(s -> {
                assertThat(s.sourceType()).isEqualTo("interview"); // type and method travel as source variables
                assertThat(s.method()).isEqualTo("interview");
            });
            assertThat(Canonical.of(ProjectSnapshot.read(jdbiOf(b), b.name()))).containsExactlyElementsOf(first);
            b.exchange().exportQdpx(tmp.resolve("second.qdpx"));
            assertThat(b.audit().verify().isIntact()).isTrue();
        }
        var once = QdeReader.read(tmp.resolve("first.qdpx")).project();
        var twice = QdeReader.read(tmp.resolve("second.qdpx")).project();
        assertThat(Canonical.of(twice)).containsExactlyElementsOf(Canonical.of(once));
        assertThat(first).anyMatch(l -> l.startsWith("coding ") && l.contains("by=bob"));
    }

    static org.jdbi.v3.core.Jdbi jdbiOf(Project p) {
        return p.exchange().jdbi();
    }
}
