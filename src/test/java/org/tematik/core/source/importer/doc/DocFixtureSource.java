package org.tematik.core.source.importer.doc;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Not a test: writes the DOCX from which the committed .doc fixtures were made (see the README next
 * to them), so that they can be made again. Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:<deps> org.tematik.core.source.importer.doc.DocFixtureSource out.docx}
 * and convert with {@code soffice --headless --convert-to doc out.docx}.
 */
public final class DocFixtureSource {
    private DocFixtureSource() {
    }

    public static void main(String[] args) throws Exception {
        XWPFDocument d = new XWPFDocument();
        CTStyle heading = CTStyle.Factory.newInstance();
        heading.setStyleId("Heading1");
        heading.setType(STStyleType.PARAGRAPH);
        heading.addNewName().setVal("heading 1");
        heading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        d.createStyles().addStyle(new XWPFStyle(heading));

        para(d, "Wawancara dengan Pak Budi").setStyle("Heading1");
        para(d, "Pewawancara: Bagaimana koordinasi antar dinas di Yogyakarta?");
        XWPFParagraph answer = para(d, "Narasumber: Menurut Bu محمد dan Pak 王小明, rapat");
        XWPFFootnote note = d.createFootnote();
        note.createParagraph().createRun().setText("Rapat koordinasi Maret 2023.");
        answer.addFootnoteReference(note);
        answer.createRun().setText(" sering ditunda.");
        XWPFEndnote end = d.createEndnote();
        end.createParagraph().createRun().setText("Catatan akhir peneliti.");
        answer.addFootnoteReference(end);
        XWPFComment comment = d.createComments().createComment(BigInteger.ONE);
        comment.setAuthor("Dewi");
        comment.createParagraph().createRun().setText("Kode: koordinasi");
        answer.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
        answer.createRun().setText(" Itu masalahnya.");
        answer.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
        answer.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);

        XWPFRun lines = d.createParagraph().createRun();
        lines.setText("Baris pertama");
        lines.addBreak();
        lines.setText("baris kedua");

        XWPFTable table = d.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Dinas");
        table.getRow(0).getCell(1).setText("Jumlah rapat");
        table.getRow(1).getCell(0).setText("Bappeda");
        table.getRow(1).getCell(1).setText("12");

        XWPFParagraph field = para(d, "Halaman ");
        CTP fp = field.getCTP();
        fp.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        fp.addNewR().addNewInstrText().setStringValue(" PAGE ");
        fp.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        fp.addNewR().addNewT().setStringValue("1");
        fp.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        field.createRun().setText(" selesai.");

        XWPFParagraph changed = para(d, "Anggaran naik ");
        CTP cp = changed.getCTP();
        CTRunTrackChange del = cp.addNewDel();
        del.setId(BigInteger.ONE);
        del.setAuthor("Dewi");
        del.setDate(java.util.Calendar.getInstance());
        CTText dua = del.addNewR().addNewDelText();
        dua.setStringValue("dua ");
        dua.setSpace(SpaceAttribute.Space.PRESERVE);
        CTRunTrackChange ins = cp.addNewIns();
        ins.setId(BigInteger.TWO);
        ins.setAuthor("Dewi");
        ins.setDate(java.util.Calendar.getInstance());
        CTText tiga = ins.addNewR().addNewT();
        tiga.setStringValue("tiga ");
        tiga.setSpace(SpaceAttribute.Space.PRESERVE);
        changed.createRun().setText("persen.");

        XWPFRun br = para(d, "Akhir halaman satu.").createRun();
        br.addBreak(BreakType.PAGE);
        para(d, "Halaman dua, akhir bagian satu.").getCTP().addNewPPr().addNewSectPr();
        para(d, "Bagian dua di halaman tiga.");

        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            d.write(out);
        }
    }

    private static XWPFParagraph para(XWPFDocument d, String text) {
        XWPFParagraph p = d.createParagraph();
        p.createRun().setText(text);
        return p;
    }
}
