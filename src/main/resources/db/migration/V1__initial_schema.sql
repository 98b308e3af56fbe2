-- Tematik project schema, version 1.
-- Portable SQL: it runs on H2 (the default, one folder per project) and is meant to run unchanged
-- on PostgreSQL for team projects. Long text is TEXT; identifiers are UUIDs; times are UTC instants.

CREATE TABLE project_info (
    id          UUID PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE coders (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- A source's text never changes after import; a correction is a new source.
CREATE TABLE sources (
    id             UUID PRIMARY KEY,
    name           VARCHAR(500) NOT NULL,
    sha256         CHAR(64) NOT NULL,
    content        TEXT NOT NULL,
    char_count     INTEGER NOT NULL,          -- in Unicode code points
    source_type    VARCHAR(100) NOT NULL,
    method         VARCHAR(100),
    importer       VARCHAR(50) NOT NULL,
    original_file  VARCHAR(300) NOT NULL,     -- path below the project folder, named by SHA-256
    original_name  VARCHAR(1000) NOT NULL,
    byte_size      BIGINT NOT NULL,
    encoding       VARCHAR(40),
    imported_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    imported_by    UUID NOT NULL REFERENCES coders(id),
    removed        BOOLEAN DEFAULT FALSE NOT NULL  -- removal is reversible and audited, never a DELETE
);
CREATE INDEX sources_sha256 ON sources(sha256);

CREATE TABLE codes (
    id          UUID PRIMARY KEY,
    parent_id   UUID REFERENCES codes(id),
    name        VARCHAR(300) NOT NULL,
    definition  TEXT,
    inclusion   TEXT,
    exclusion   TEXT,
    example     TEXT,
    color       CHAR(7) NOT NULL,
    sort_order  INTEGER NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by  UUID NOT NULL REFERENCES coders(id)
);
CREATE INDEX codes_parent ON codes(parent_id);

-- Offsets are Unicode code points from 0, end exclusive (the REFI-QDA convention).
CREATE TABLE codings (
    id          UUID PRIMARY KEY,
    source_id   UUID NOT NULL REFERENCES sources(id),
    code_id     UUID NOT NULL REFERENCES codes(id),
    start_cp    INTEGER NOT NULL,
    end_cp      INTEGER NOT NULL,
    coder_id    UUID NOT NULL REFERENCES coders(id),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT codings_span CHECK (start_cp >= 0 AND end_cp > start_cp)
);
CREATE INDEX codings_code ON codings(code_id);
CREATE INDEX codings_source ON codings(source_id, start_cp);

-- target_type: project, source, code, coding; target_id is NULL for a project memo.
CREATE TABLE memos (
    id           UUID PRIMARY KEY,
    target_type  VARCHAR(20) NOT NULL,
    target_id    UUID,
    title        VARCHAR(500),
    body         TEXT NOT NULL,
    coder_id     UUID NOT NULL REFERENCES coders(id),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX memos_target ON memos(target_type, target_id);

CREATE TABLE cases (
    id           UUID PRIMARY KEY,
    name         VARCHAR(300) NOT NULL UNIQUE,
    description  TEXT,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE case_sources (
    case_id    UUID NOT NULL REFERENCES cases(id),
    source_id  UUID NOT NULL REFERENCES sources(id),
    PRIMARY KEY (case_id, source_id)
);

-- Typed variables on cases or sources.
CREATE TABLE attributes (
    id          UUID PRIMARY KEY,
    owner_kind  VARCHAR(10) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    value_type  VARCHAR(10) NOT NULL,
    choices     TEXT,
    CONSTRAINT attributes_owner CHECK (owner_kind IN ('case', 'source')),
    CONSTRAINT attributes_type CHECK (value_type IN ('text', 'number', 'date', 'choice')),
    CONSTRAINT attributes_unique UNIQUE (owner_kind, name)
);

CREATE TABLE attribute_values (
    attribute_id  UUID NOT NULL REFERENCES attributes(id),
    owner_id      UUID NOT NULL,
    value_text    VARCHAR(2000),
    value_number  DECIMAL(30, 10),
    value_date    DATE,
    PRIMARY KEY (attribute_id, owner_id)
);

-- The append-only, hash-chained audit trail: hash = SHA-256(prev_hash || canonical row).
CREATE TABLE audit_events (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    coder        VARCHAR(200) NOT NULL,
    action       VARCHAR(60) NOT NULL,
    entity_type  VARCHAR(30) NOT NULL,
    entity_id    VARCHAR(64),
    summary      VARCHAR(4000) NOT NULL,
    data         TEXT NOT NULL,
    prev_hash    CHAR(64) NOT NULL,
    hash         CHAR(64) NOT NULL UNIQUE
);
CREATE INDEX audit_events_entity ON audit_events(entity_type, entity_id);
CREATE INDEX audit_events_coder ON audit_events(coder, seq);

-- One row: the head of the chain. Appends lock it (SELECT ... FOR UPDATE), which keeps the chain
-- linear even with several writers, and lets verification notice a trail cut short at its end.
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The undo/redo stacks, per coder, kept in the project so undo works across sessions and from the CLI.
-- state: done (can be undone), undone (can be redone), discarded (a new change cleared the redo stack).
CREATE TABLE command_history (
    id            BIGINT PRIMARY KEY,
    coder         VARCHAR(200) NOT NULL,
    audit_seq     BIGINT NOT NULL REFERENCES audit_events(seq),
    state         VARCHAR(10) NOT NULL,
    summary       VARCHAR(4000) NOT NULL,
    undo_command  TEXT NOT NULL,
    redo_command  TEXT,
    CONSTRAINT command_history_state CHECK (state IN ('done', 'undone', 'discarded'))
);
CREATE INDEX command_history_coder ON command_history(coder, state, id);
