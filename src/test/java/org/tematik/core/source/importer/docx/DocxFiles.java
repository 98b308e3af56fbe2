package org.tematik.core.source.importer.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.source.importer.ImportRequest;

/** DOCX fixtures made by the tests: with POI XWPF, or as a hand-written zip for XML that XWPF cannot make. */
final class DocxFiles {
    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>";
    static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    private DocxFiles() {
    }

    static byte[] bytes(XWPFDocument doc) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedDocument extract(XWPFDocument doc) {
        return extract(bytes(doc));
    }

    static ExtractedDocument extract(byte[] docx) {
        return extract(docx, ImportLimits.DEFAULT);
    }

    static ExtractedDocument extract(byte[] docx, ImportLimits limits) {
        return new DocxImporter().extract(new ImportRequest(Path.of("Wawancara.docx"), docx, null, limits));
    }

    static List<String> texts(ExtractedDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    /** A DOCX whose body is the given WordprocessingML (w:, mc:, wps:, v:, m: prefixes declared). */
    static byte[] withBody(String bodyXml) {
        return withDocument("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document" + NAMESPACES
                + "><w:body>" + bodyXml + "</w:body></w:document>");
    }

    static byte[] withDocument(String documentXml) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("_rels/.rels", RELS);
        parts.put("word/document.xml", documentXml);
        return zip(parts);
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A zip bomb in DOCX clothing: word/document.xml is {@code spaces} bytes of blanks inside a valid
     * document, written through the deflater in small pieces, so only the compressed bytes are held.
     */
    static byte[] bomb(long spaces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            OutputStream doc = zip;
            doc.write(("<w:document" + NAMESPACES + "><w:body><w:p><w:r><w:t>Bom</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[64 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long left = spaces; left > 0; left -= blanks.length) {
                doc.write(blanks, 0, (int) Math.min(blanks.length, left));
            }
            doc.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
