-- Where a coding came from: NULL for the analyst's own work, 'suggestion' for an accepted code suggestion
-- (ADR 0020) with the suggestion's score, so reports such as inter-coder agreement can leave AI-assisted codings
-- out, and an undone removal brings the origin back.
ALTER TABLE codings ADD COLUMN origin VARCHAR(32);
ALTER TABLE codings ADD COLUMN origin_score DOUBLE PRECISION;

-- Suggestions a coder rejected, so the review queue does not show them again. code_id has no foreign key:
-- deleting a code must stay possible; its rejections then simply no longer match anything.
CREATE TABLE suggestion_rejections (
    id          UUID PRIMARY KEY,
    source_id   UUID NOT NULL REFERENCES sources(id),
    code_id     UUID NOT NULL,
    start_cp    INTEGER NOT NULL,
    end_cp      INTEGER NOT NULL,
    coder_id    UUID NOT NULL REFERENCES coders(id),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT suggestion_rejections_span CHECK (start_cp >= 0 AND end_cp > start_cp)
);
CREATE INDEX suggestion_rejections_source ON suggestion_rejections(source_id, coder_id);
