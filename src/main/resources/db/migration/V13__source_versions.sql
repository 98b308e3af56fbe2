-- Source versions (issue 11, anonymisation). A source's current text stays in source_texts and its
-- current pages/paragraphs/turns in their tables, so every reader (matrix, exchange, search) keeps
-- working unchanged. A new version (so far only from anonymisation) moves the text it replaces, with
-- its structure as JSON, into source_versions, where the owner can still read it.

ALTER TABLE sources ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;

CREATE TABLE source_versions (
    source_id    UUID NOT NULL REFERENCES sources(id),
    version      INTEGER NOT NULL,
    content      TEXT NOT NULL,
    char_count   INTEGER NOT NULL,          -- in Unicode code points
    structure    TEXT NOT NULL,             -- the SourceStructure of this version, as JSON
    replaced_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    replaced_by  UUID NOT NULL REFERENCES coders(id),
    mapping_id   UUID,                      -- the pseudonym mapping that made the next version
    PRIMARY KEY (source_id, version)
);

-- The pseudonym tables used, sealed with AES-GCM: by the project key in an encrypted project
-- (salt NULL), else by a key derived from a passphrase with PBKDF2 (salt set). Never in clear text.
CREATE TABLE pseudonym_mappings (
    id           UUID PRIMARY KEY,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by   UUID NOT NULL REFERENCES coders(id),
    entry_count  INTEGER NOT NULL,
    salt         VARCHAR(64),
    sealed       TEXT NOT NULL
);
