package org.tematik.core.casebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tematik.core.util.UserException;

/**
 * Reads and writes an attribute table as CSV (UTF-8, comma or semicolon, as Excel writes it in
 * Indonesian locales) or XLSX (the first sheet). Cells come back as text: numbers without a spurious
 * ".0", date cells as ISO dates, so the attribute types decide what a value means.
 */
public final class AttributeSheet {
    /** More rows than any casebook has; stops a wrong file (a whole data export) from flooding the project. */
    static final int MAX_ROWS = 100_000;

    private AttributeSheet() {
    }

    /** The rows of a CSV or XLSX table as text cells; also reads the anonymisation's pseudonym tables. */
    public static List<List<String>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("attribute.import.missing", file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            List<List<String>> rows = name.endsWith(".xlsx") ? readXlsx(file)
                    : name.endsWith(".csv") ? readCsv(file)
                    : null;
            if (rows == null) {
                throw new UserException("attribute.import.format", file.getFileName());
            }
            if (rows.size() > MAX_ROWS) {
                throw new UserException("attribute.import.tooLarge", file.getFileName(), MAX_ROWS);
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw new UserException("attribute.import.missing", file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(e, "attribute.import.unreadable", file.getFileName(), e.getMessage());
        }
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's "CSV UTF-8" starts with a byte-order mark
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = new java.io.StringReader(text)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(in)) {
                rows.add(new ArrayList<>(r.toList()));
            }
        }
        return rows;
    }

    private static List<List<String>> readXlsx(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            }
            return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    static void write(Path file, List<List<String>> rows) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new UserException("attribute.export.format", file.getFileName());
        }
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        try {
            if (name.endsWith(".csv")) {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                    w.write('\uFEFF'); // so Excel opens Indonesian and other non-ASCII names correctly
                    for (List<String> row : rows) {
                        csv.printRecord(row);
                    }
                }
            } else {
                try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp)) {
                    Sheet sheet = book.createSheet("Attributes");
                    for (int r = 0; r < rows.size(); r++) {
                        Row row = sheet.createRow(r);
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            row.createCell(c).setCellValue(rows.get(r).get(c));
                        }
                    }
                    sheet.createFreezePane(1, 1);
                    book.write(out);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
    }
}
