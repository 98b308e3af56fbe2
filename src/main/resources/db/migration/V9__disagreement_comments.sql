-- Coders' discussion of a disagreement: a comment on one unit of one source for one code.
-- code_id has no foreign key: deleting a code must stay possible; its comments then simply no longer show.
CREATE TABLE disagreement_comments (
    id          UUID PRIMARY KEY,
    source_id   UUID NOT NULL REFERENCES sources(id),
    code_id     UUID NOT NULL,
    start_cp    INTEGER NOT NULL,
    end_cp      INTEGER NOT NULL,
    body        TEXT NOT NULL,
    coder_id    UUID NOT NULL REFERENCES coders(id),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT disagreement_comments_span CHECK (start_cp >= 0 AND end_cp > start_cp)
);
CREATE INDEX disagreement_comments_unit ON disagreement_comments(source_id, code_id, start_cp);
