package org.tematik.core.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Files2;

class AttributeServiceTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() {
        dir = BaseProject.create(tmp);
    }

    @Test
    void aCaseWithTypedAttributesIsOneUndoableChange() {
        try (Project p = Project.open(dir, "alice")) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("country", "China");
            attrs.put("year", "2019");
            attrs.put("signed", "2019-03-31");
            p.attributes().addCase("Tangerang–Yantai", attrs);
            AttributeService.Table t = p.attributes().table(Attribute.ON_CASE);
            assertThat(t.columns()).extracting(Attribute::name, Attribute::type).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("country", AttributeType.TEXT),
                    org.assertj.core.groups.Tuple.tuple("signed", AttributeType.DATE),
                    org.assertj.core.groups.Tuple.tuple("year", AttributeType.NUMBER));
            assertThat(t.rows().get(0).values()).containsEntry("year", "2019").containsEntry("signed", "2019-03-31");

            assertThatThrownBy(() -> p.attributes().set(Attribute.ON_CASE, "Tangerang–Yantai", Map.of("year", "sekitar 2019")))
                    .isInstanceOf(UserException.class).hasMessageContaining("sekitar 2019").hasMessageContaining("year");
            p.attributes().set(Attribute.ON_CASE, "tangerang–yantai", Map.of("year", "2020.0"));
            assertThat(p.attributes().table(Attribute.ON_CASE).rows().get(0).values()).containsEntry("year", "2020");

            p.undo(); // the set
            p.undo(); // the case with its attributes
            assertThat(p.casebook().list()).isEmpty();
            assertThat(p.attributes().definitions()).isEmpty();
            p.redo();
            assertThat(p.attributes().table(Attribute.ON_CASE).rows().get(0).values()).containsEntry("country", "China");
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aSpreadsheetOfFiftyPartnerCitiesLoadsInOneStepAndExportsBack() throws IOException {
        Path xlsx = tmp.resolve("partners.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet s = book.createSheet("Kota");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row h = s.createRow(0);
            String[] header = {"case", "country", "region", "form:choice(sister city|MoU|LoI)", "year", "signed"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= 50; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("Kota " + i);
                r.createCell(1).setCellValue(i % 2 == 0 ? "China" : "Japan");
                r.createCell(2).setCellValue("Asia Timur");
                r.createCell(3).setCellValue(i % 3 == 0 ? "MoU" : "sister city");
                r.createCell(4).setCellValue(2000 + i % 20);
                r.createCell(5).setCellValue(LocalDate.of(2010, 1, 1).plusDays(i));
                r.getCell(5).setCellStyle(dateStyle);
            }
            book.write(out);
        }
        try (Project p = Project.open(dir, "alice")) {
            long events = p.audit().count();
            AttributeService.ImportSummary summary = p.attributes().importTable(xlsx);
            assertThat(summary).isEqualTo(new AttributeService.ImportSummary(Attribute.ON_CASE, 50, 50, 5, 250));
            assertThat(p.audit().count()).isEqualTo(events + 1);
            assertThat(p.casebook().list()).hasSize(50);
            Attribute form = p.attributes().definitions().stream().filter(a -> a.name().equals("form")).findFirst().orElseThrow();
            assertThat(form.type()).isEqualTo(AttributeType.CHOICE);
            assertThat(form.choices()).containsExactly("sister city", "MoU", "LoI");
            AttributeService.TableRow kota3 = p.attributes().table(Attribute.ON_CASE).rows().stream()
                    .filter(r -> r.owner().equals("Kota 3")).findFirst().orElseThrow();
            assertThat(kota3.values()).containsEntry("year", "2003").containsEntry("signed", "2010-01-04").containsEntry("form", "MoU");

            Path csv = tmp.resolve("out.csv");
            p.attributes().exportTable(Attribute.ON_CASE, csv);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).isEqualTo("\uFEFFcase,country,form,region,signed,year");
            assertThat(lines).contains("Kota 3,Japan,MoU,Asia Timur,2010-01-04,2003");

            p.undo();
            assertThat(p.casebook().list()).isEmpty();
            // the exported CSV loads back into the empty casebook
            assertThat(p.attributes().importTable(csv).casesCreated()).isEqualTo(50);
        }
    }

    @Test
    void aBadCellNamesFileRowAndColumnAndImportsNothing() {
        List<String> rows = new ArrayList<>();
        rows.add("case;year;form:choice(sister city|MoU|LoI)");
        rows.add("Bandung–Braunschweig;1960;sister city");
        rows.add("Tangerang–Yantai;dua ribu;MoU");
        Path bad = Files2.write(tmp, "cities.csv", String.join("\n", rows) + "\n");
        Path badChoice = Files2.write(tmp, "forms.csv", "case,form:choice(sister city|MoU|LoI)\nA,MoU\nB,perjanjian\n");
        Path badDeclared = Files2.write(tmp, "declared.csv", "case,year:number\nA,2001\nB,2002\nC,circa 2003\n");
        try (Project p = Project.open(dir, "alice")) {
            p.attributes().define(Attribute.ON_CASE, "year", AttributeType.NUMBER, null);
            long events = p.audit().count();
            assertThatThrownBy(() -> p.attributes().importTable(badDeclared)).isInstanceOf(UserException.class)
                    .hasMessageContaining("declared.csv").hasMessageContaining("row 4").hasMessageContaining("column B")
                    .hasMessageContaining("circa 2003");
            assertThatThrownBy(() -> p.attributes().importTable(bad)).isInstanceOf(UserException.class)
                    .hasMessageContaining("cities.csv").hasMessageContaining("row 3").hasMessageContaining("column B")
                    .hasMessageContaining("dua ribu").hasMessageContaining("number");
            assertThatThrownBy(() -> p.attributes().importTable(badChoice)).isInstanceOf(UserException.class)
                    .hasMessageContaining("forms.csv").hasMessageContaining("row 3").hasMessageContaining("perjanjian")
                    .hasMessageContaining("sister city, MoU, LoI");
            assertThatThrownBy(() -> p.attributes().importTable(Files2.write(tmp, "x.csv", "kota,year\nA,1\n")))
                    .isInstanceOf(UserException.class).hasMessageContaining("kota");
            assertThat(p.casebook().list()).isEmpty();
            assertThat(p.attributes().definitions()).extracting(Attribute::name).containsExactly("year");
            assertThat(p.audit().count()).isEqualTo(events);
        }
    }

    @Test
    void sourceAttributesIncludingTheSearchLanguage() {
        Path csv = Files2.write(tmp, "sources.csv", "source,language,informant\n" + BaseProject.REGULATION + ",en,\n"
                + BaseProject.INTERVIEW + ",id,Pak Budi\n");
        try (Project p = Project.open(dir, "alice")) {
            assertThat(p.attributes().importTable(csv).values()).isEqualTo(4);
            Attribute language = p.attributes().definitions().stream().filter(a -> a.name().equals("language")).findFirst().orElseThrow();
            assertThat(language.type()).isEqualTo(AttributeType.CHOICE);
            assertThatThrownBy(() -> p.attributes().set(Attribute.ON_SOURCE, BaseProject.INTERVIEW, Map.of("language", "jawa")))
                    .isInstanceOf(UserException.class).hasMessageContaining("jawa");
            assertThatThrownBy(() -> p.attributes().importTable(Files2.write(tmp, "s2.csv", "source,x\nno such source,1\n")))
                    .isInstanceOf(UserException.class).hasMessageContaining("row 2").hasMessageContaining("no such source");
        }
    }
}
