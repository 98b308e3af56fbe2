package org.tematik.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tematik.core.casebook.Case;
import org.tematik.core.codebook.Code;
import org.tematik.core.coding.Coding;
import org.tematik.core.memo.Memo;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.storage.ExchangeDao.AttributeRow;
import org.tematik.core.storage.ExchangeDao.CaseSourceRow;
import org.tematik.core.storage.ExchangeDao.CoderRow;
import org.tematik.core.storage.ExchangeDao.ValueRow;

/**
 * Rows an import or a merge adds, with every id already resolved against the project, so applying the
 * batch is plain inserts in one transaction. {@code codes} are ordered parents first.
 */
public record ExchangeBatch(List<CoderRow> coders, List<Code> codes, List<NewSource> sources, List<Case> cases,
                            List<AttributeRow> attributes, List<ValueRow> values, List<CaseSourceRow> caseSources,
                            List<Coding> codings, List<Memo> memos) {

    public record NewSource(Source source, String content, List<SourceStructure.Paragraph> paragraphs) {
    }

    public static ExchangeBatch empty() {
        return new ExchangeBatch(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return codes.isEmpty() && sources.isEmpty() && cases.isEmpty() && attributes.isEmpty() && values.isEmpty()
                && caseSources.isEmpty() && codings.isEmpty() && memos.isEmpty();
    }

    List<UUID> sourceIds() {
        return sources.stream().map(s -> s.source().id()).toList();
    }
}
