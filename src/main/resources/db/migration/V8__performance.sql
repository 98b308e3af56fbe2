-- Indexes for work on large projects (see docs/performance.md, "tematik bench run").
-- The others the benchmark issue names exist since V1: codings (source_id, start_cp) and (code_id),
-- audit_events (coder, seq), command_history (coder, state, id).

-- A coder's codings in time order: the coder column of the matrix, agreement, "what did X code this week".
CREATE INDEX codings_coder_time ON codings(coder_id, created_at);

-- The cases of one source (the primary key starts with case_id, so it cannot answer this).
CREATE INDEX case_sources_source ON case_sources(source_id);

-- Source texts in their own table. H2 kept each text (up to millions of characters) inside its
-- source's row, so listing the sources, which every project open does, read all the texts: with
-- 20 million characters that was a tenth of a second of CPU and 20 MB through the page cache.
-- A text is now read only when it is shown, quoted or coded.
CREATE TABLE source_texts (
    source_id  UUID PRIMARY KEY REFERENCES sources(id),
    content    TEXT NOT NULL
);
INSERT INTO source_texts (source_id, content) SELECT id, content FROM sources;
ALTER TABLE sources DROP COLUMN content;
