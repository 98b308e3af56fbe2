package org.tematik.core.source.importer.docx;

import java.util.Set;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.FileKind;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.Importer;
import org.tematik.core.util.UserException;

/** Being written (issue 4): until then such files are refused with a clear message. */
public final class DocxImporter implements Importer {

    @Override
    public FileKind kind() {
        return FileKind.DOCX;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public ExtractedDocument extract(ImportRequest request) {
        throw new UserException("import.error.notYet", request.fileName());
    }
}
