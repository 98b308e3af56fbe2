package org.tematik.core.codebook;

import java.util.List;
import org.tematik.core.coding.Coding;
import org.tematik.core.memo.Memo;

/** Everything a code deletion removes, kept in the undo entry so the deletion can be reversed exactly. */
public record CodeSnapshot(List<Code> codes, List<Coding> codings, List<Memo> memos) {
}
