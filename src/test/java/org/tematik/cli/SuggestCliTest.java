package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.util.Json;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.SuggestCorpus;

class SuggestCliTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() {
        dir = SuggestCorpus.create(tmp);
    }

    @Test
    void listsUnitsWithRankedCodesAsJsonAndAcceptsOneInALaterCall() {
        CliRun listed = CliRun.in(dir, "alice", "suggest", "--source", SuggestCorpus.NEW, "--top", "2", "--json");
        assertThat(listed.exit()).as(listed.err()).isZero();
        JsonNode units = Json.read(listed.out());
        JsonNode first = units.get(0);
        assertThat(first.path("unit").asText()).isEqualTo("paragraph");
        assertThat(first.path("start").asInt()).isZero();
        assertThat(first.path("end").asInt()).isPositive();
        JsonNode budget = first.path("suggestions").get(0);
        assertThat(budget.path("code").asText()).isEqualTo("Budget");
        assertThat(budget.path("score").asDouble()).isPositive();
        assertThat(budget.path("evidence").get(0).path("coding").asText()).hasSize(36);
        assertThat(budget.path("terms")).extracting(JsonNode::asText).contains("anggaran");
        assertThat(first.path("suggestions").size()).isLessThanOrEqualTo(2);

        CliRun accepted = CliRun.in(dir, "alice", "suggest", "accept", budget.path("id").asText());
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("Budget", "accepted suggestion");

        CliRun codings = CliRun.in(dir, "alice", "audit", "verify");
        assertThat(codings.exit()).as(codings.out() + codings.err()).isZero();
        CliRun again = CliRun.in(dir, "alice", "suggest", "accept", budget.path("id").asText());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errLines()).hasSize(1);
    }

    @Test
    void plainTextNamesTheIdsAndEvidence() {
        CliRun listed = CliRun.in(dir, "alice", "suggest", "--source", SuggestCorpus.EN_NEW, "--unit", "sentence");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("sentence (characters 0-", "Budget", "score ", "words: ", "evidence: ", "nothing left this computer")
                .contains("learned locally from 10 coded segments");
    }

    @Test
    void badInputExitsOneAndBadUsageTwo() {
        CliRun badId = CliRun.in(dir, "alice", "suggest", "accept", "not-an-id");
        assertThat(badId.exit()).isEqualTo(1);
        assertThat(badId.err()).contains("not a suggestion id").doesNotContain("Exception");
        assertThat(CliRun.in(dir, "alice", "suggest", "accept", "00000000-0-10-00000000").exit()).isEqualTo(1);
        CliRun badSource = CliRun.in(dir, "alice", "suggest", "--source", "no-such-source");
        assertThat(badSource.exit()).isEqualTo(1);
        assertThat(badSource.errLines()).hasSize(1);
        assertThat(CliRun.in(dir, "alice", "suggest", "--source", SuggestCorpus.NEW, "--unit", "chapter").exit()).isEqualTo(1);
        assertThat(CliRun.in(dir, "alice", "suggest", "--source", SuggestCorpus.NEW, "--top", "0").exit()).isEqualTo(1);

        assertThat(CliRun.in(dir, "alice", "suggest").exit()).isEqualTo(2);
        assertThat(CliRun.in(dir, "alice", "suggest", "accept").exit()).isEqualTo(2);
        assertThat(CliRun.in(dir, "alice", "suggest", "--top", "many", "--source", SuggestCorpus.NEW).exit()).isEqualTo(2);
    }
}
