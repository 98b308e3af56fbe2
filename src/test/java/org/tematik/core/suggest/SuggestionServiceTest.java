package org.tematik.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.SuggestCorpus;

class SuggestionServiceTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() {
        dir = SuggestCorpus.create(tmp);
    }

    @Test
    void aParagraphAboutAnggaranDaerahGetsBudgetFirstWithItsEvidenceAndSharedWords() {
        try (Project p = Project.open(dir, "alice")) {
            List<UnitSuggestions> units = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3);

            UnitSuggestions budget = units.get(0);
            assertThat(budget.text()).startsWith("Anggaran daerah");
            RankedCode first = budget.codes().get(0);
            assertThat(first.codeName()).isEqualTo("Budget");
            assertThat(first.terms()).contains("anggaran");
            assertThat(first.evidence()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.sourceName()).isEqualTo(SuggestCorpus.CODED);
                assertThat(p.codings().list("Budget", null)).anySatisfy(c -> assertThat(c.coding().id()).isEqualTo(e.codingId()));
            });
            assertThat(first.evidence().get(0).snippet()).containsIgnoringCase("anggaran");
            assertThat(first.score()).isBetween(0.0, 1.0);
            assertThat(units.get(1).text()).startsWith("Koordinasi dengan provinsi");
            assertThat(units.get(1).codes().get(0).codeName()).isEqualTo("Koordinasi");
            // nothing in the weather sentence resembles any coding
            assertThat(units).hasSize(2);
        }
    }

    @Test
    void englishSourcesAreStemmedInEnglish() {
        try (Project p = Project.open(dir, "alice")) {
            List<UnitSuggestions> units = p.suggestions().forSource(SuggestCorpus.EN_NEW, SuggestUnit.PARAGRAPH, 3);

            assertThat(units.get(0).codes().get(0).codeName()).isEqualTo("Budget");
            assertThat(units.get(0).codes().get(0).terms()).contains("budget");
            assertThat(units.get(1).codes().get(0).codeName()).isEqualTo("Koordinasi");
            assertThat(units.get(1).codes().get(0).terms()).contains("coordination", "meetings");
        }
    }

    @Test
    void codedUnitsAreLeftOutAndSentencesAreUnitsToo() {
        try (Project p = Project.open(dir, "alice")) {
            assertThat(p.suggestions().forSource(SuggestCorpus.CODED, SuggestUnit.PARAGRAPH, 3)).isEmpty();
            List<UnitSuggestions> sentences = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.SENTENCE, 1);
            assertThat(sentences).extracting(UnitSuggestions::unit).containsOnly("sentence");
            assertThat(sentences.get(0).codes()).hasSize(1);
        }
    }

    @Test
    void theSameProjectGivesTheSameSuggestionsInEveryRun() {
        List<UnitSuggestions> first;
        try (Project p = Project.open(dir, "alice")) {
            first = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.SENTENCE, 3);
            assertThat(p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.SENTENCE, 3)).isEqualTo(first);
        }
        try (Project p = Project.open(dir, "bob")) {
            assertThat(p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.SENTENCE, 3)).isEqualTo(first);
        }
    }

    @Test
    void acceptingRecordsTheOriginAndScoreAndUndoTakesItBack() {
        try (Project p = Project.open(dir, "alice")) {
            RankedCode budget = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(0).codes().get(0);

            UUID coding = p.suggestions().accept(budget.id()).codingId();

            List<AuditEvent> events = p.audit().page(0, Integer.MAX_VALUE);
            AuditEvent event = events.get(events.size() - 1);
            var after = Json.read(event.data()).path("after");
            assertThat(event.action()).isEqualTo("coding.add");
            assertThat(after.path("origin").asText()).isEqualTo("suggestion");
            assertThat(after.path("score").asDouble()).isEqualTo(budget.score());
            assertThat(after.path("codeName").asText()).isEqualTo("Budget");
            assertThat(p.suggestions().acceptedCodings()).containsExactly(coding);
            // what the user guide tells supervisors to type into the audit viewer's search
            assertThat(p.supervision().browser().matching(org.tematik.core.audit.AuditFilter.ALL.withText("\"origin\":\"suggestion\"")))
                    .containsExactly(event.seq());
            assertThat(p.supervision().browser().describer().describe(event)).contains("as 'Budget' (accepted suggestion, score");
            // the accepted unit is coded now, so it is no longer suggested
            assertThat(p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3))
                    .noneMatch(u -> u.start() == 0);

            p.undo();
            assertThat(p.suggestions().acceptedCodings()).isEmpty();
            assertThat(p.codings().forSource(p.sources().resolve(SuggestCorpus.NEW).id())).isEmpty();
            p.redo();
            assertThat(p.suggestions().acceptedCodings()).containsExactly(coding);
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void anAcceptedSuggestionStaysOneWhenDeletingOrMergingItsCodeIsUndone() {
        try (Project p = Project.open(dir, "alice")) {
            RankedCode budget = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(0).codes().get(0);
            UUID coding = p.suggestions().accept(budget.id()).codingId();

            p.codebook().delete("Budget");
            assertThat(p.suggestions().acceptedCodings()).isEmpty();
            p.undo();
            assertThat(p.suggestions().acceptedCodings()).as("after undoing the deletion").containsExactly(coding);

            // the same span coded by the same coder under another code: merging drops the suggestion as a twin
            var twin = p.codings().forSource(p.sources().resolve(SuggestCorpus.NEW).id()).get(0).coding();
            UUID other = p.codebook().add("Money", null, null, null).id();
            p.codings().code(twin.sourceId(), other, twin.start(), twin.end(), null);
            p.codebook().merge("Budget", "Money");
            assertThat(p.suggestions().acceptedCodings()).isEmpty();
            p.undo();
            assertThat(p.suggestions().acceptedCodings()).as("after undoing the merge").containsExactly(coding);
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
        }
    }

    @Test
    void idsStayValidInALaterSessionAndBadIdsAreRefused() {
        String id;
        try (Project p = Project.open(dir, "alice")) {
            id = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(1).codes().get(0).id();
        }
        try (Project p = Project.open(dir, "alice")) {
            UUID coding = p.suggestions().accept(id).codingId();
            assertThat(p.codings().list("Koordinasi", SuggestCorpus.NEW)).extracting(c -> c.coding().id()).containsExactly(coding);
            assertThatThrownBy(() -> p.suggestions().accept("nonsense")).isInstanceOf(UserException.class)
                    .hasMessageContaining("not a suggestion id");
            assertThatThrownBy(() -> p.suggestions().accept("00000000-0-10-00000000")).isInstanceOf(UserException.class)
                    .hasMessageContaining("No suggestion has the id");
        }
    }

    @Test
    void aRejectedCodeIsNotOfferedAgainUntilTheRejectionIsUndone() {
        try (Project p = Project.open(dir, "alice")) {
            UnitSuggestions unit = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(0);
            RankedCode budget = unit.codes().get(0);

            p.suggestions().reject(unit.sourceId(), unit.start(), unit.end(), budget);
            List<AuditEvent> events = p.audit().page(0, Integer.MAX_VALUE);
            assertThat(p.supervision().browser().describer().describe(events.get(events.size() - 1)))
                    .isEqualTo("rejected the suggested code 'Budget' for " + unit.start() + "-" + unit.end() + " in '"
                            + SuggestCorpus.NEW + "'");

            UnitSuggestions again = p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(0);
            assertThat(again.codes()).extracting(RankedCode::codeName).doesNotContain("Budget");
            p.undo();
            assertThat(p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(0).codes().get(0))
                    .isEqualTo(budget);
            p.redo();
            assertThat(p.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(0).codes())
                    .extracting(RankedCode::codeName).doesNotContain("Budget");
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
        try (Project bob = Project.open(dir, "bob")) { // a rejection is the rejecting coder's own decision
            assertThat(bob.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).get(0).codes().get(0).codeName())
                    .isEqualTo("Budget");
        }
    }
}
