package org.tematik.core.suggest;

import java.util.List;
import java.util.UUID;

/** One suggested code for one unit: the id `suggest accept` takes, the score, evidence and shared words. */
public record RankedCode(String id, UUID codeId, String codeName, double score, List<Evidence> evidence, List<String> terms) {
}
