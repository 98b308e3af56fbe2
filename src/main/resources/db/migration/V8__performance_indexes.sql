-- Indexes for work on large projects (see docs/performance.md, "tematik bench run").
-- The others the benchmark issue names exist since V1: codings (source_id, start_cp) and (code_id),
-- audit_events (coder, seq), command_history (coder, state, id).

-- A coder's codings in time order: the coder column of the matrix, agreement, "what did X code this week".
CREATE INDEX codings_coder_time ON codings(coder_id, created_at);

-- The cases of one source (the primary key starts with case_id, so it cannot answer this).
CREATE INDEX case_sources_source ON case_sources(source_id);
