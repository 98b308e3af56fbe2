package org.tematik.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.matrix.CodebookLine;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixSpec;

/** The Evidence sheet's rows are written as XML by hand (ADR 0025): what POI reads back must be the evidence. */
class MatrixWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void evidenceRowsReadBackWithEmojiMarkupControlCharactersAndEmptyPlaces() throws Exception {
        UUID code = UUID.randomUUID();
        UUID source = UUID.randomUUID();
        Matrix m = new Matrix(MatrixSpec.of("source-type"), List.of(new Matrix.Row(code, "Anggaran", "Kapasitas > Anggaran", null, 1,
                false)), List.of(new Matrix.Column("interview", "interview")), new int[][] {{3}});
        String markup = "Dana <b>\"cukup\"</b> & 'lebih' 😀 selesai";
        String controls = "a\u0001b\u0007c\u001Fd\tline\nnext\r\nend";
        String longQuote = "x".repeat(MatrixFiles.MAX_CELL + 10);
        List<Evidence> evidence = List.of(
                evidence(code, source, markup, 4, 12, 10, 20),
                evidence(code, source, controls, 0, 0, 0, 30),
                evidence(code, source, "  spasi di tepi ", 0, 3, 40, 56),
                evidence(code, source, longQuote, 1, 1, 0, MatrixFiles.MAX_CELL + 10));
        Path file = dir.resolve("m.xlsx");

        MatrixWorkbook.write(m, evidence, List.of(new CodebookLine("Kapasitas > Anggaran", "Dana & <anggaran>", 3, 1)), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Evidence");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getDimension().getRef()).isEqualTo("A1:J5");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Quote");
            assertThat(sheet.getRow(0).getCell(7).getCellStyle().getFontIndex()).isNotZero(); // POI's bold header stays
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Kapasitas > Anggaran");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Anggaran");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("wawancara <1> & \"A\"");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(12);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo(markup);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(10);
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(20);
            Row second = sheet.getRow(2);
            // XML 1.0 cannot hold these control characters: they become "?", as POI's own writer makes them
            assertThat(second.getCell(7).getStringCellValue()).isEqualTo("a?b?c?d\tline\nnext\r\nend");
            assertThat(second.getCell(4)).isNull(); // no page
            assertThat(second.getCell(5)).isNull(); // no paragraph
            assertThat(second.getCell(8).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("  spasi di tepi ");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).hasSize(MatrixFiles.MAX_CELL + 1).endsWith("x…");
            assertThat(book.getSheet("Codebook").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Dana & <anggaran>");
            assertThat(book.getSheet("Matrix").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
        }
    }

    private static Evidence evidence(UUID code, UUID source, String quote, int page, int paragraph, int start, int end) {
        return new Evidence(code, "Kapasitas > Anggaran", "Anggaran", "interview", source, "wawancara <1> & \"A\"", start, end, page,
                paragraph, "ayu", quote, UUID.randomUUID());
    }
}
