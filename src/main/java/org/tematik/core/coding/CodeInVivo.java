package org.tematik.core.coding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.CreateCode;
import org.tematik.core.codebook.DeleteCode;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;

/**
 * In-vivo coding: a new code named after the participant's own words, applied to those words, as one
 * change (one undo removes both; its redo restores both).
 */
@JsonTypeName("coding.invivo")
public record CodeInVivo(UUID codeId, String name, String color, UUID codingId, UUID sourceId, int start, int end)
        implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        Change code = new CreateCode(codeId, null, name, null, color).apply(ctx);
        Change coding = new AddCoding(codingId, sourceId, codeId, start, end, null, null, null).apply(ctx);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code.after());
        after.put("coding", coding.after());
        return new Change("coding.invivo", "code", codeId.toString(), "In vivo: " + coding.summary(),
                null, after, new DeleteCode(codeId));
    }
}
