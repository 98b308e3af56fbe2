package org.tematik.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.agreement.AgreementReport;
import org.tematik.core.agreement.Unit;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.SuggestCorpus;

/** Inter-coder agreement can leave out codings that began as accepted suggestions. */
class SuggestionAgreementTest {
    @TempDir
    Path tmp;

    @Test
    void agreementWithoutSuggestionsLeavesAcceptedCodingsOut() {
        Path dir = SuggestCorpus.create(tmp);
        try (Project bob = Project.open(dir, "bob")) {
            UUID source = bob.sources().resolve(SuggestCorpus.NEW).id();
            UUID budget = bob.codebook().resolve("Budget").id();
            int end = SuggestCorpus.NEW_TEXT.indexOf('\n');
            bob.codings().code(source, budget, 0, end, null);
            UUID coded = bob.sources().resolve(SuggestCorpus.CODED).id();
            bob.codings().code(coded, budget, 0, SuggestCorpus.CODED_TEXT.indexOf('\n'), null);
        }
        try (Project alice = Project.open(dir, "alice")) {
            alice.suggestions().accept(alice.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 1).get(0)
                    .codes().get(0).id());

            AgreementReport all = alice.agreement().compare(List.of("alice", "bob"), List.of("Budget"), Unit.PARAGRAPH);
            AgreementReport own = alice.agreement().compare(List.of("alice", "bob"), List.of("Budget"), Unit.PARAGRAPH, true);

            assertThat(all.sources()).contains(SuggestCorpus.NEW, SuggestCorpus.CODED);
            assertThat(own.sources()).containsExactly(SuggestCorpus.CODED);
        }
        CliRun cli = CliRun.in(dir, "alice", "agreement", "--coders", "alice,bob", "--codes", "Budget", "--json",
                "--exclude-suggestions");
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(Json.read(cli.out()).path("sources")).extracting(n -> n.asText()).containsExactly(SuggestCorpus.CODED);
    }
}
