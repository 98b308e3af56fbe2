package org.tematik.core.codebook;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.coding.Coding;
import org.tematik.core.memo.Memo;
import org.tematik.core.storage.SuggestionDao;

/**
 * Everything a code deletion removes, kept in the undo entry so the deletion can be reversed exactly;
 * {@code origins} (accepted suggestions among the codings) is null in entries written before V12.
 */
public record CodeSnapshot(List<Code> codes, List<Coding> codings, List<Memo> memos, Map<UUID, SuggestionDao.Origin> origins) {
}
